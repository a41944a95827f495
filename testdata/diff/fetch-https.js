'use strict';
// fetch over https: a server whose certificate is signed by a test CA
// fails as an unknown authority, then, in a child whose environment names
// that CA in NODE_EXTRA_CA_CERTS, succeeds (as node's does).
const https = require('https');
const fs = require('fs');
const path = require('path');
const { fork } = require('child_process');

const fixture = (name) => path.join(__dirname, 'fixtures', 'tls', name);

if (process.argv[2] === 'child') {
  const url = process.argv[3];
  fetch(url, { method: 'POST', body: 'over tls' })
    .then(async (r) => console.log('child', r.status, r.headers.get('x-tls'), await r.text()))
    .catch((e) => console.log('child failed', e.message, e.cause && e.cause.code));
  return;
}

const server = https.createServer({ key: fs.readFileSync(fixture('server-key.pem')), cert: fs.readFileSync(fixture('server-cert.pem')) },
  (req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      res.setHeader('x-tls', String(req.socket.encrypted));
      res.end(`${req.method} ${body}`);
    });
  });
server.listen(0, '127.0.0.1', async () => {
  const url = `https://localhost:${server.address().port}/`;
  try {
    await fetch(url);
  } catch (e) {
    console.log('untrusted', e.name, e.message, e.cause && e.cause.code);
  }
  const env = { ...process.env, NODE_EXTRA_CA_CERTS: fixture('ca-cert.pem') };
  const child = fork(__filename, ['child', url], { env });
  child.on('exit', (code) => {
    console.log('child exit', code);
    server.close();
  });
});
