// Single-process HTTPS hello world driven by wrk (keep-alive, 2 threads, 64
// connections, 3 s; the differential tests' RSA 2048 certificate, TLS 1.3):
// requests/s, p99 latency and the server's CPU time per request. Without wrk
// on PATH the scenario reports nothing.
const https = require('https');
const fs = require('fs');
const path = require('path');
const { wrk, summary } = require('./lib/wrk.js');

const certs = path.join(__dirname, '..', '..', 'testdata', 'diff', 'fixtures', 'tls');
const server = https.createServer({
  key: fs.readFileSync(path.join(certs, 'server-key.pem')),
  cert: fs.readFileSync(path.join(certs, 'server-cert.pem')),
}, (req, res) => res.end('Hello World!'));
server.listen(0, '127.0.0.1', async () => {
  const url = `https://127.0.0.1:${server.address().port}/`;
  await wrk(['-t1', '-c16', '-d1s', url]); // warm-up
  const before = process.cpuUsage();
  const out = await wrk(['-t2', '-c64', '-d3s', '--latency', url]);
  const cpu = process.cpuUsage(before);
  server.close();
  if (out === null) {
    console.error('https-hello: wrk not found, nothing measured');
    return;
  }
  const { requests, rps, p99 } = summary(out);
  console.log(`BENCH https_hello ${rps.toFixed(0)} req_per_s higher`);
  console.log(`BENCH https_hello_p99 ${p99.toFixed(2)} ms lower`);
  console.log(`BENCH https_hello_cpu ${((cpu.user + cpu.system) / requests).toFixed(1)} us_per_req lower`);
});
