// npm's HTTP clients against an http server in the same process: axios,
// got (11, the last CommonJS one), node-fetch (2) and superagent each make
// a GET with a query, a POST with a JSON body, read a streamed response
// and see a refused connection; then each POSTs to an https server (the
// same handler) that they trust through its CA, and refuse it without.
// The output is the same under gonode and node (modules/http's
// TestNPMClients compares them).
const fs = require('fs');
const path = require('path');
const http = require('http');
const https = require('https');
const axios = require('axios');
const got = require('got');
const fetch = require('node-fetch');
const superagent = require('superagent');

function handler(req, res) {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    if (req.url === '/stream') {
      res.setHeader('content-type', 'text/plain');
      let n = 0;
      const next = () => (++n <= 3 ? res.write(`part ${n}\n`, next) : res.end('end\n'));
      next();
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ method: req.method, url: req.url, type: req.headers['content-type'] || null, body }));
  });
}

// The certificates of the differential tests: a CA and a server it signed
// for localhost.
const certs = path.join(__dirname, '..', '..', 'testdata', 'diff', 'fixtures', 'tls');
const ca = fs.readFileSync(path.join(certs, 'ca-cert.pem'));
const server = http.createServer(handler);
const secure = https.createServer({
  key: fs.readFileSync(path.join(certs, 'server-key.pem')),
  cert: fs.readFileSync(path.join(certs, 'server-cert.pem')),
}, handler);

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  // A port nothing listens on: the server's own, once it is closed, is not
  // known in advance, so port 1, which needs root to listen on.
  const refused = 'http://127.0.0.1:1/';
  const show = (client, what, value) => console.log(client.padEnd(10), what.padEnd(8), JSON.stringify(value));
  const streamed = async (iterable) => {
    let text = '';
    for await (const chunk of iterable) text += chunk;
    return text;
  };

  let r = await axios.get(`${base}/a?x=1&y=two`);
  show('axios', 'get', [r.status, r.data]);
  r = await axios.post(`${base}/b`, { hello: 'world' });
  show('axios', 'post', r.data);
  r = await axios.get(`${base}/stream`, { responseType: 'stream' });
  show('axios', 'stream', await streamed(r.data));
  await axios.get(refused).catch((e) => show('axios', 'refused', [e.code, e.isAxiosError]));

  show('got', 'get', await got(`${base}/a`, { searchParams: { x: 1 } }).json());
  show('got', 'post', await got.post(`${base}/b`, { json: { n: [1, 2] } }).json());
  show('got', 'stream', await streamed(got.stream(`${base}/stream`)));
  await got(refused, { retry: { limit: 0 } }).catch((e) => show('got', 'refused', [e.code, e.name]));

  let res = await fetch(`${base}/a?q=fetch`);
  show('fetch', 'get', [res.status, res.headers.get('content-type'), await res.json()]);
  res = await fetch(`${base}/b`, { method: 'POST', body: JSON.stringify({ f: true }), headers: { 'content-type': 'application/json' } });
  show('fetch', 'post', await res.json());
  res = await fetch(`${base}/stream`);
  show('fetch', 'stream', await streamed(res.body));
  await fetch(refused).catch((e) => show('fetch', 'refused', [e.code, e.name]));

  r = await superagent.get(`${base}/a`).query({ s: 'agent' });
  show('superagent', 'get', [r.status, r.body]);
  r = await superagent.post(`${base}/b`).send({ s: 1 });
  show('superagent', 'post', r.body);
  r = await superagent.get(`${base}/stream`).buffer(true);
  show('superagent', 'stream', r.text);
  await superagent.get(refused).catch((e) => show('superagent', 'refused', [e.code]));

  await new Promise((resolve) => secure.listen(0, '127.0.0.1', resolve));
  const tlsBase = `https://localhost:${secure.address().port}`;
  const httpsAgent = new https.Agent({ ca });
  r = await axios.post(`${tlsBase}/tls`, { over: 'tls' }, { httpsAgent });
  show('axios', 'https', r.data);
  await axios.get(tlsBase).catch((e) => show('axios', 'untrusted', [e.code]));
  show('got', 'https', await got.post(`${tlsBase}/tls`, { json: { t: 1 }, https: { certificateAuthority: ca } }).json());
  await got(tlsBase, { retry: { limit: 0 } }).catch((e) => show('got', 'untrusted', [e.code]));
  res = await fetch(`${tlsBase}/tls`, { method: 'POST', body: 'x', agent: httpsAgent });
  show('fetch', 'https', await res.json());
  await fetch(tlsBase).catch((e) => show('fetch', 'untrusted', [e.code]));
  r = await superagent.post(`${tlsBase}/tls`).ca(ca).send({ s: 2 });
  show('superagent', 'https', r.body);
  await superagent.get(tlsBase).catch((e) => show('superagent', 'untrusted', [e.code]));

  httpsAgent.destroy();
  secure.close();
  server.close();
});
