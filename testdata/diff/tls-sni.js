// A TLS server choosing its certificate by the name the client asks for:
// server.addContext (with a wildcard), an SNICallback that answers later,
// one that fails the handshake, and a client that names no server.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(dir, name));
const signed = { key: read('server-key.pem'), cert: read('server-cert.pem') };
const self = { key: read('self-key.pem'), cert: read('self-cert.pem') };
const ec = { key: read('ec-key.pem'), cert: read('ec-cert.pem') };

function listen(server) {
  server.on('tlsClientError', (err) => console.log('  tlsClientError', err.message));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

function hello(port, servername) {
  return new Promise((resolve) => {
    const c = tls.connect({ port, host: '127.0.0.1', servername, rejectUnauthorized: false }, () => {
      const cert = c.getPeerCertificate();
      console.log(servername, '->', cert.issuer.CN || cert.issuer.O, cert.bits || cert.asn1Curve);
      c.end();
    });
    c.on('error', (e) => console.log(servername, 'error', e.code));
    c.on('close', resolve);
  });
}

async function main() {
  const byContext = tls.createServer(signed, (s) => s.end());
  byContext.addContext('self.test', self);
  byContext.addContext('*.ec.test', tls.createSecureContext(ec));
  let port = await listen(byContext);
  for (const name of ['localhost', 'self.test', 'a.ec.test', 'a.b.ec.test', undefined]) await hello(port, name);
  byContext.close();

  const seen = [];
  const byCallback = tls.createServer({
    ...signed,
    SNICallback(servername, cb) {
      seen.push(servername);
      if (servername === 'bad.test') {
        cb(new Error('no such server'));
        return;
      }
      setTimeout(() => cb(null, servername === 'self.test' ? tls.createSecureContext(self) : undefined), 5);
    },
  }, (s) => s.end());
  port = await listen(byCallback);
  for (const name of ['self.test', 'other.test', 'bad.test']) await hello(port, name);
  console.log('asked for', seen);
  byCallback.close();
  try {
    tls.createServer({ SNICallback: 'no' });
  } catch (e) {
    console.log(e.code);
  }
}

main();
