'use strict';
// A connection's parser is freed when the connection closes: freeParser
// calls its free() (node's parser goes back to its free list then), once,
// and socket.parser becomes null.
const http = require('http');

// (The server's and the client's ends come in either order.)
const seen = {};
function done(what, result) {
  seen[what] = result;
  if (Object.keys(seen).length < 2) return;
  console.log(seen.server);
  console.log(seen.client);
  server.close();
}

const server = http.createServer((req, res) => {
  const socket = req.socket;
  const { parser } = socket;
  let frees = 0;
  parser.free = () => frees++;
  socket.on('close', () => {
    setImmediate(() => {
      done('server', `frees ${frees} socket.parser ${socket.parser}`);
    });
  });
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    res.resume();
    res.on('end', () => {
      done('client', `response ${res.statusCode}`);
    });
  });
});
