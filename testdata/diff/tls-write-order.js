// Many short TLS writes to a peer that does not read for a while: each
// write's callback comes, in order, 'drain' comes, and the peer gets every
// byte in order once it reads.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(dir, name));
const ca = read('ca-cert.pem');
const N = 2000;
const SIZE = 3000;

const server = tls.createServer({ key: read('server-key.pem'), cert: read('server-cert.pem') }, (s) => {
  let i = 0;
  let callbacks = 0;
  let inOrder = true;
  let drains = 0;
  s.on('drain', () => { drains++; });
  const chunk = (n) => Buffer.alloc(SIZE, n % 251);
  const more = () => {
    while (i < N) {
      const n = i++;
      const ok = s.write(chunk(n), (err) => {
        if (err) console.log('write error', err.code);
        if (callbacks !== n) inOrder = false;
        callbacks++;
        if (callbacks === N) {
          console.log('server: callbacks', callbacks, 'in order', inOrder, 'drained', drains > 0);
          s.end();
        }
      });
      if (!ok) {
        s.once('drain', more);
        return;
      }
    }
  };
  more();
});

server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca }, () => {
    c.pause();
    setTimeout(() => c.resume(), 100);
  });
  let got = 0;
  let ok = true;
  c.on('data', (d) => {
    for (let k = 0; k < d.length; k++) {
      if (d[k] !== Math.floor((got + k) / SIZE) % 251) ok = false;
    }
    got += d.length;
  });
  c.on('end', () => {
    console.log('client: bytes', got, 'expected', N * SIZE, 'in order', ok);
    c.end();
    server.close();
  });
});
