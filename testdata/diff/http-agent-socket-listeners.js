// The listeners a kept-alive agent socket has: while a request uses it
// (from the request's 'socket' event on, connecting or reused) and once it
// is free in the pool again (no leak from one request to the next).
const http = require('http');

const server = http.createServer((req, res) => res.end('ok'));
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function counts(socket) {
  return ['end', 'error', 'close', 'free'].map((e) => `${e}=${socket.listenerCount(e)}`).join(' ');
}

function get(label) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, host: '127.0.0.1', agent });
    req.on('socket', (socket) => {
      console.log(label, 'on socket:', counts(socket), 'connecting', socket.connecting);
      socket.once('free', () => process.nextTick(() => {
        console.log(label, 'free:', counts(socket));
        resolve();
      }));
    });
    req.on('response', (res) => res.resume());
  });
}

server.listen(0, '127.0.0.1', async () => {
  await get('first');
  await get('second');
  await get('third');
  agent.destroy();
  server.close();
});
