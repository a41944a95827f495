// What goes out when a buffer written to a TLSSocket (or an https
// response) is changed right after write() returns: a write that reaches
// the TLS connection at once is encrypted as it was then; one the stream
// still holds (behind an unfinished write, or corked) goes out as it is
// when its turn comes. The digests of what arrived are node's.
const tls = require('tls');
const https = require('https');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(dir, name));
const ca = read('ca-cert.pem');
const options = { key: read('server-key.pem'), cert: read('server-cert.pem') };
const digest = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);

const pieces = [Buffer.alloc(200 * 1024, 1), Buffer.alloc(1000, 2), Buffer.alloc(5000, 3), Buffer.alloc(7000, 4)];
const expected = digest(Buffer.concat(pieces));

const server = tls.createServer(options, (s) => {
  const got = [];
  s.on('data', (d) => got.push(d));
  s.on('end', () => {
    const all = Buffer.concat(got);
    console.log('server got', all.length, 'bytes', digest(all), 'unchanged:', digest(all) === expected);
    s.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca }, () => {
    const scratch = pieces.map((p) => Buffer.from(p));
    // The first write (a long one) reaches the TLS connection at once.
    c.write(scratch[0]);
    scratch[0].fill(9);
    c.write(scratch[1]);
    scratch[1].fill(9);
    c.cork();
    c.write(scratch[2]);
    c.write(scratch[3]);
    c.uncork();
    scratch[2].fill(9);
    scratch[3].fill(9);
    c.end();
  });
  c.on('data', () => {});
  c.on('close', () => server.close(httpsPart));
});

function httpsPart() {
  const body = Buffer.alloc(100 * 1024, 5);
  const want = digest(body);
  const srv = https.createServer(options, (req, res) => {
    const b = Buffer.from(body);
    res.write(b.subarray(0, 1000));
    b.fill(8, 0, 1000);
    res.end(b.subarray(1000));
    b.fill(8);
  });
  srv.listen(0, '127.0.0.1', () => {
    https.get({ port: srv.address().port, host: '127.0.0.1', servername: 'localhost', ca }, (res) => {
      const got = [];
      res.on('data', (d) => got.push(d));
      res.on('end', () => {
        const all = Buffer.concat(got);
        console.log('https body', all.length, 'bytes', digest(all), 'unchanged:', digest(all) === want);
        srv.close();
      });
    });
  });
}
