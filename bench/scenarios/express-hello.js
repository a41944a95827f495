// An express app (js-examples/express's packages: run `npm ci` there
// first) answering "Hello World!" in one process, driven by wrk
// (keep-alive, 2 threads, 64 connections, 3 s): requests/s, p99 latency and
// the server's CPU time per request. Unlike http-hello, most of each
// request's work is JavaScript (express's router, response helpers, etag):
// this measures the engine as much as the runtime. Without wrk or express
// the scenario reports nothing.
const path = require('path');
const { loadHello } = require('./lib/wrk.js');

let express;
try {
  express = require(path.join(__dirname, '..', '..', 'js-examples', 'express', 'node_modules', 'express'));
} catch (err) {
  console.error('express-hello: express not installed (npm ci in js-examples/express), nothing measured');
  return;
}
const app = express();
app.get('/', (req, res) => res.send('Hello World!'));
const server = app.listen(0, '127.0.0.1', async () => {
  await loadHello('express_hello', `http://127.0.0.1:${server.address().port}/`);
  server.close();
});
