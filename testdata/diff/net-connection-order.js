// A client and a server in one process: the server's 'connection' comes
// before the client's 'connect', as in node, every time.
const net = require('net');
let n = 0;
const server = net.createServer((s) => { console.log('server connection'); s.end(); });
server.listen(0, '127.0.0.1', function next() {
  const c = net.connect(server.address().port, '127.0.0.1', () => console.log('client connect'));
  c.resume();
  c.on('close', () => { if (++n < 5) next(); else server.close(); });
});
