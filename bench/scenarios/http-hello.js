// Single-process HTTP hello world driven by wrk (keep-alive, 2 threads, 64
// connections, 3 s): requests/s, p99 latency, and the CPU time the server
// process spends per request (wrk's own CPU excluded; the server is this
// process, which only waits for wrk meanwhile), and the server's resident
// memory right after the load (private anonymous memory and all resident
// pages: what one more busy worker costs). Without wrk on PATH the scenario
// reports nothing.
const http = require('http');
const fs = require('fs');
const { wrk, summary } = require('./lib/wrk.js');



const server = http.createServer((req, res) => res.end('Hello World!'));
server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  await wrk(['-t1', '-c16', '-d1s', url]); // warm-up
  const before = process.cpuUsage();
  const out = await wrk(['-t2', '-c64', '-d3s', '--latency', url]);
  const cpu = process.cpuUsage(before);
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  server.close();
  if (out === null) {
    console.error('http-hello: wrk not found, nothing measured');
    return;
  }
  const { requests, rps, p99 } = summary(out);
  console.log(`BENCH http_hello ${rps.toFixed(0)} req_per_s higher`);
  console.log(`BENCH http_hello_p99 ${p99.toFixed(2)} ms lower`);
  console.log(`BENCH http_hello_cpu ${((cpu.user + cpu.system) / requests).toFixed(1)} us_per_req lower`);
  console.log(`BENCH http_hello_busy_anon ${/RssAnon:\s+(\d+)/.exec(status)[1]} KiB lower`);
  console.log(`BENCH http_hello_busy_rss ${/VmRSS:\s+(\d+)/.exec(status)[1]} KiB lower`);
});
