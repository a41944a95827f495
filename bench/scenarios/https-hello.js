// Single-process HTTPS hello world driven by wrk (keep-alive, 2 threads, 64
// connections, 3 s; the differential tests' RSA 2048 certificate, TLS 1.3):
// requests/s, p99 latency and the server's CPU time per request. Without wrk
// on PATH the scenario reports nothing.
const https = require('https');
const fs = require('fs');
const path = require('path');
const { loadHello } = require('./lib/wrk.js');

const certs = path.join(__dirname, '..', '..', 'testdata', 'diff', 'fixtures', 'tls');
const server = https.createServer({
  key: fs.readFileSync(path.join(certs, 'server-key.pem')),
  cert: fs.readFileSync(path.join(certs, 'server-cert.pem')),
}, (req, res) => res.end('Hello World!'));
server.listen(0, '127.0.0.1', async () => {
  await loadHello('https_hello', `https://127.0.0.1:${server.address().port}/`);
  server.close();
});
