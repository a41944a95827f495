// TLS on 127.0.0.1: a forked child runs a TLS server (the differential
// tests' CA-signed certificate, RSA 2048). The parent makes connections one
// after another — handshake, one byte each way, close — and reports them
// per second; then it streams 64 KiB writes over one connection for two
// seconds and reports the megabytes per second the server read.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const { fork } = require('child_process');

const certs = path.join(__dirname, '..', '..', 'testdata', 'diff', 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(certs, name));

if (process.argv[2] === 'server') {
  let received = 0;
  const server = tls.createServer({ key: read('server-key.pem'), cert: read('server-cert.pem') }, (s) => {
    s.on('data', (d) => {
      if (d.length === 1 && d[0] === 0x21) s.end('!');
      else received += d.length;
    });
    s.on('error', () => {});
  });
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('message', (m) => {
    if (m === 'count') process.send({ received });
  });
  process.on('disconnect', () => server.close());
  return;
}

const duration = 2000;
const context = tls.createSecureContext({ ca: read('ca-cert.pem') });
const child = fork(__filename, ['server']);
child.once('message', ({ port }) => {
  const connect = () => tls.connect({ port, host: '127.0.0.1', servername: 'localhost', secureContext: context });
  const handshake = () => new Promise((resolve, reject) => {
    const c = connect();
    c.on('secureConnect', () => c.write('!'));
    c.on('data', () => {});
    c.on('error', reject);
    c.on('close', resolve);
  });
  (async () => {
    for (let i = 0; i < 20; i++) await handshake();
    let n = 0;
    const start = Date.now();
    while (Date.now() - start < duration) {
      await handshake();
      n++;
    }
    console.log(`BENCH tls_handshakes ${(n / ((Date.now() - start) / 1000)).toFixed(0)} per_s higher`);

    const chunk = Buffer.alloc(64 * 1024, 'x');
    const c = connect();
    await new Promise((resolve) => c.on('secureConnect', resolve));
    const before = await count();
    const t0 = Date.now();
    const pump = () => {
      while (Date.now() - t0 < duration) {
        if (!c.write(chunk)) {
          c.once('drain', pump);
          return;
        }
      }
      c.end();
    };
    pump();
    await new Promise((resolve) => c.on('close', resolve));
    const bytes = (await count()) - before;
    const secs = (Date.now() - t0) / 1000;
    console.log(`BENCH tls_throughput ${(bytes / secs / 1e6).toFixed(1)} MB_per_s higher`);
    child.disconnect();
  })();
});

// count asks the server how many bytes it has read.
function count() {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m.received));
    child.send('count');
  });
}
