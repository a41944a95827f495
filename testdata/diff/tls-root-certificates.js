// tls.rootCertificates: the authorities trusted by default, as frozen PEM
// texts; the idiom of trusting them plus one's own CA.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(dir, name));
const roots = tls.rootCertificates;
console.log(Array.isArray(roots), Object.isFrozen(roots), roots === tls.rootCertificates, roots.length > 50);
console.log(roots.every((r) => r.startsWith('-----BEGIN CERTIFICATE-----\n') && r.endsWith('\n-----END CERTIFICATE-----')));
const desc = Object.getOwnPropertyDescriptor(tls, 'rootCertificates');
console.log(typeof desc.get, desc.set, desc.enumerable, desc.configurable);

const server = tls.createServer({ key: read('server-key.pem'), cert: read('server-cert.pem') }, (s) => s.end('hi'));
server.listen(0, '127.0.0.1', async () => {
  for (const ca of [[...tls.rootCertificates, read('ca-cert.pem')], [...tls.rootCertificates]]) {
    await new Promise((resolve) => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca }, () => {
        console.log('authorized', c.authorized);
      });
      c.on('data', () => {});
      c.on('error', (e) => console.log('error', e.code));
      c.on('close', resolve);
    });
  }
  server.close();
});
