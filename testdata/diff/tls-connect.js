// tls.connect and tls.createServer: a CA-signed server, a client that
// trusts the CA, data both ways, and the order of the sockets' events.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(dir, name));
const events = [];
const log = (...a) => events.push(a.join(' '));

const server = tls.createServer({ key: read('server-key.pem'), cert: read('server-cert.pem') }, (s) => {
  log('server secureConnection', s.encrypted, s.authorized, s.getProtocol(), s.servername, s.alpnProtocol);
  log('server sees client at', s.remoteAddress === '127.0.0.1', typeof s.remotePort);
  s.setEncoding('utf8');
  let got = '';
  s.on('data', (d) => { got += d; });
  s.on('end', () => {
    log('server end', got.length, got.slice(0, 12));
    s.end('bye');
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: read('ca-cert.pem') }, () => {
    log('secureConnect', c.authorized, c.authorizationError, c.getProtocol(), c.alpnProtocol, c.encrypted);
    log('peer', c.getPeerCertificate().subject.CN, c.getPeerCertificate().issuer.CN);
    log('address', c.remoteAddress, c.remotePort === port, c.localAddress);
    log('writable', c.writable, c.readable, c.readyState);
    c.write('hello ');
    c.end('x'.repeat(200000));
  });
  log('connecting', c.connecting, c.readyState, c instanceof tls.TLSSocket, c instanceof require('net').Socket);
  c.on('connect', () => log('connect', c.connecting));
  let reply = '';
  c.on('data', (d) => { reply += d; });
  c.on('end', () => log('client end', reply));
  c.on('close', (hadError) => {
    log('client close', hadError, c.bytesWritten > 200000);
    server.close(() => {
      log('server closed');
      console.log(events.join('\n'));
    });
  });
});
