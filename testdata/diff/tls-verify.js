// What a TLS client and server decide about each other's certificates:
// node's codes for an untrusted chain and a wrong name, rejectUnauthorized
// false, client certificates, ALPN, an EC key, and a peer that does not
// speak TLS.
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(dir, name));
const ca = read('ca-cert.pem');

function serve(options, onSecure) {
  return new Promise((resolve) => {
    const server = tls.createServer(options, (s) => {
      if (onSecure) onSecure(s);
      s.end('hi');
    });
    server.on('tlsClientError', (err) => console.log('  server tlsClientError', err.code || err.message));
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function attempt(label, port, options) {
  return new Promise((resolve) => {
    const c = tls.connect({ port, host: '127.0.0.1', ...options }, () => {
      console.log(label, 'secureConnect authorized', c.authorized, 'error', c.authorizationError, 'alpn', c.alpnProtocol);
    });
    let data = '';
    c.on('data', (d) => { data += d; });
    // (node's OpenSSL errors carry OpenSSL's source position: code only.)
    c.on('error', (e) => console.log(label, 'error', e.code, /^ERR_SSL_/.test(e.code) ? '' : e.message));
    c.on('close', () => {
      if (data) console.log(label, 'read', data);
      resolve();
    });
  });
}

async function main() {
  const signed = await serve({ key: read('server-key.pem'), cert: read('server-cert.pem') });
  let port = signed.address().port;
  await attempt('trusted', port, { ca, servername: 'localhost' });
  await attempt('trusted by ip', port, { ca });
  await attempt('untrusted', port, { servername: 'localhost' });
  await attempt('wrong name', port, { ca, servername: 'example.com' });
  await attempt('unauthorized allowed', port, { servername: 'localhost', rejectUnauthorized: false });
  await attempt('custom identity check', port, {
    ca, servername: 'localhost',
    checkServerIdentity: (host, cert) => (host === 'localhost' && cert.subject.CN === 'localhost' ? undefined : new Error('nope')),
  });
  signed.close();

  const self = await serve({ key: read('self-key.pem'), cert: read('self-cert.pem'), ALPNProtocols: ['h2', 'http/1.1'] });
  port = self.address().port;
  await attempt('self-signed', port, { servername: 'localhost' });
  await attempt('self-signed trusted', port, { ca: read('self-cert.pem'), servername: 'localhost', ALPNProtocols: ['http/1.1'] });
  await attempt('alpn none shared', port, { ca: read('self-cert.pem'), servername: 'localhost', ALPNProtocols: ['spdy'] });
  self.close();

  const ec = await serve({ key: read('ec-key.pem'), cert: read('ec-cert.pem') });
  await attempt('ec', ec.address().port, { ca: read('ec-cert.pem'), servername: 'localhost' });
  ec.close();

  const mutual = await serve({
    key: read('server-key.pem'), cert: read('server-cert.pem'), ca, requestCert: true, rejectUnauthorized: false,
  }, (s) => {
    const cert = s.getPeerCertificate();
    console.log('  server: client authorized', s.authorized, s.authorizationError, cert && cert.subject ? cert.subject.CN : cert);
  });
  port = mutual.address().port;
  await attempt('with client cert', port, { ca, servername: 'localhost', key: read('client-key.pem'), cert: read('client-cert.pem') });
  await attempt('without client cert', port, { ca, servername: 'localhost' });
  mutual.close();

  const strict = await serve({
    key: read('server-key.pem'), cert: read('server-cert.pem'), ca, requestCert: true, rejectUnauthorized: true,
  }, (s) => console.log('  server: strict client', s.authorized, s.getPeerCertificate().subject.CN));
  port = strict.address().port;
  await attempt('strict with client cert', port, { ca, servername: 'localhost', key: read('client-key.pem'), cert: read('client-cert.pem') });
  strict.close();

  // A client that does not speak TLS, and a server that does not.
  const tlsServer = await serve({ key: read('server-key.pem'), cert: read('server-cert.pem') });
  await new Promise((resolve) => {
    const c = net.connect(tlsServer.address().port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\n\r\n'));
    c.on('data', () => {});
    c.on('close', resolve);
  });
  tlsServer.close();
  const plain = net.createServer((s) => s.on('data', () => s.end('HTTP/1.1 400 Bad Request\r\n\r\n')));
  await new Promise((resolve) => plain.listen(0, '127.0.0.1', resolve));
  await attempt('plain server', plain.address().port, { ca, servername: 'localhost' });
  plain.close();
}

main();
