// Single-process HTTP hello world with a new connection for every request
// (wrk sends "Connection: close"; 2 threads, 64 connections, 3 s): what a
// connection costs the server, from accept to close, besides its request.
// Prints requests/s, p99 latency and the server's CPU time per request
// (wrk's own CPU excluded). Without wrk on PATH the scenario reports
// nothing.
const http = require('http');
const { loadHello } = require('./lib/wrk.js');

const server = http.createServer((req, res) => res.end('Hello World!'));
server.listen(0, '127.0.0.1', async () => {
  await loadHello('http_close', `http://127.0.0.1:${server.address().port}/`, null, ['-H', 'Connection: close']);
  server.close();
});
