// A keep-alive Agent with one socket: three requests share one connection.
const http = require('http');

let connections = 0;
const server = http.createServer((req, res) => {
  res.end(`${req.url} on connection ${req.socket.connNo}`);
});
server.on('connection', (socket) => {
  socket.connNo = ++connections;
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(port, path) {
  return new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${body} reused=${req.reusedSocket} ka=${res.headers['keep-alive']}`));
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const p of ['/1', '/2', '/3']) console.log(await get(port, p));
  // Concurrent requests queue for the one socket.
  const all = await Promise.all(['/a', '/b', '/c'].map((p) => get(port, p)));
  console.log(all.join('\n'));
  console.log('connections', connections, 'free', Object.keys(agent.freeSockets).length);
  agent.destroy();
  server.close(() => console.log('closed'));
});
