// fetch's content codings: br, gzip and none decoded, over https (where it
// asks for br, gzip, deflate) and http (gzip, deflate; a br answer is
// decoded all the same). The https server uses the self-signed fixture.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
const https = require('https'); const http = require('http'); const fs = require('fs'); const zlib = require('zlib');
const dir = `${__dirname}/fixtures/tls/`;
const key = fs.readFileSync(dir + 'self-key.pem');
const cert = fs.readFileSync(dir + 'self-cert.pem');
const handler = (req, res) => {
  const enc = req.url.slice(1);
  const body = 'hello ' + enc;
  res.setHeader('x-accept', req.headers['accept-encoding'] || '');
  if (enc === 'br') { res.setHeader('content-encoding', 'br'); res.end(zlib.brotliCompressSync(body)); }
  else if (enc === 'gzip') { res.setHeader('content-encoding', 'gzip'); res.end(zlib.gzipSync(body)); }
  else res.end(body);
};
const s1 = https.createServer({ key, cert }, handler).listen(0, async () => {
  const s2 = http.createServer(handler).listen(0, async () => {
    for (const [proto, port] of [['https', s1.address().port], ['http', s2.address().port]]) {
      for (const enc of ['br', 'gzip', 'none']) {
        const r = await fetch(`${proto}://localhost:${port}/${enc}`);
        console.log(proto, enc, r.headers.get('x-accept'), await r.text());
      }
    }
    s1.close(); s2.close();
  });
});
