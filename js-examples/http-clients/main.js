// npm's HTTP clients against an http server in the same process: axios,
// got (11, the last CommonJS one), node-fetch (2) and superagent each make
// a GET with a query, a POST with a JSON body, read a streamed response
// and see a refused connection. The output is the same under gonode and
// node (modules/http's TestNPMClients compares them).
const http = require('http');
const axios = require('axios');
const got = require('got');
const fetch = require('node-fetch');
const superagent = require('superagent');

const server = http.createServer((req, res) => {
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
});

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

  server.close();
});
