// Single-process HTTP hello world driven by wrk (keep-alive, 2 threads, 64
// connections, 3 s): requests/s, p99 latency, and the CPU time the server
// process spends per request (wrk's own CPU excluded; the server is this
// process, which only waits for wrk meanwhile), and the server's resident
// memory right after the load (private anonymous memory and all resident
// pages: what one more busy worker costs). Without wrk on PATH the scenario
// reports nothing.
const http = require('http');
const fs = require('fs');
const { loadHello } = require('./lib/wrk.js');



const server = http.createServer((req, res) => res.end('Hello World!'));
server.listen(0, '127.0.0.1', async () => {
  let status;
  const ran = await loadHello('http_hello', `http://127.0.0.1:${server.address().port}/`, () => {
    status = fs.readFileSync('/proc/self/status', 'utf8');
  });
  server.close();
  if (!ran) return;
  console.log(`BENCH http_hello_busy_anon ${/RssAnon:\s+(\d+)/.exec(status)[1]} KiB lower`);
  console.log(`BENCH http_hello_busy_rss ${/VmRSS:\s+(\d+)/.exec(status)[1]} KiB lower`);
});
