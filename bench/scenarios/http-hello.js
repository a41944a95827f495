// Single-process HTTP hello world driven by wrk (keep-alive, 2 threads, 64
// connections, 3 s): requests/s, p99 latency, and the CPU time the server
// process spends per request (wrk's own CPU excluded; the server is this
// process, which only waits for wrk meanwhile). Without wrk on PATH the
// scenario reports nothing.
const http = require('http');
const { execFile } = require('child_process');

function wrk(args) {
  return new Promise((resolve) => {
    execFile('wrk', args, (err, stdout) => resolve(err ? null : stdout));
  });
}

// ms converts one of wrk's latencies ("812.00us", "1.20ms", "2.01s") to ms.
function ms(text) {
  const m = /([\d.]+)(us|ms|s)/.exec(text);
  return Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2]];
}

const server = http.createServer((req, res) => res.end('Hello World!'));
server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  await wrk(['-t1', '-c16', '-d1s', url]); // warm-up
  const before = process.cpuUsage();
  const out = await wrk(['-t2', '-c64', '-d3s', '--latency', url]);
  const cpu = process.cpuUsage(before);
  server.close();
  if (out === null) {
    console.error('http-hello: wrk not found, nothing measured');
    return;
  }
  const requests = Number(/(\d+) requests in/.exec(out)[1]);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)[1]);
  const p99 = ms(/99%\s+(\S+)/.exec(out)[1]);
  console.log(`BENCH http_hello ${rps.toFixed(0)} req_per_s higher`);
  console.log(`BENCH http_hello_p99 ${p99.toFixed(2)} ms lower`);
  console.log(`BENCH http_hello_cpu ${((cpu.user + cpu.system) / requests).toFixed(1)} us_per_req lower`);
});
