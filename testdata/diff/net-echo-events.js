// An echo server and client on 127.0.0.1: each side's events in order, the
// socket state at each step, and byte counts.
const net = require('net');

const serverLog = [];
const clientLog = [];
const server = net.createServer((s) => {
  serverLog.push(`connection readyState=${s.readyState} pending=${s.pending} remote=${s.remoteAddress} family=${s.remoteFamily}`);
  for (const ev of ['end', 'finish', 'close']) s.on(ev, (arg) => serverLog.push(`${ev}${arg === undefined ? '' : ' ' + arg}`));
  s.on('close', done);
  s.on('data', (d) => {
    serverLog.push(`data ${d}`);
    s.write(`echo:${d}`);
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const c = net.connect({ port, host: '127.0.0.1' });
  clientLog.push(`created readyState=${c.readyState} pending=${c.pending} connecting=${c.connecting}`);
  for (const ev of ['connect', 'ready', 'end', 'finish']) c.on(ev, () => clientLog.push(`${ev} readyState=${c.readyState}`));
  c.on('connect', () => {
    clientLog.push(`local=${c.localAddress} remote=${c.remoteAddress}:${c.remotePort === port} family=${c.remoteFamily}`);
    c.write('one');
  });
  c.on('data', (d) => {
    clientLog.push(`data ${d}`);
    if (String(d) === 'echo:one') c.end('two');
  });
  c.on('close', (hadError) => {
    clientLog.push(`close ${hadError} readyState=${c.readyState} destroyed=${c.destroyed}`);
    clientLog.push(`bytesRead=${c.bytesRead} bytesWritten=${c.bytesWritten}`);
    done();
  });
});

// Print once both sockets have closed.
let closed = 0;
function done() {
  if (++closed < 2) return;
  server.close(() => {
    console.log('server:\n  ' + serverLog.join('\n  '));
    console.log('client:\n  ' + clientLog.join('\n  '));
  });
}
