// A TLSSocket's 'keylog' (once listened for) gives its key log lines in
// NSS's format, a server's 'keylog' its connections' with the socket, and
// both ends' secrets agree; exportKeyingMaterial derives the same bytes on
// both ends (RFC 5705), and checks its arguments as node does. TLS 1.3 and
// 1.2. (OpenSSL also logs an EXPORTER_SECRET line, Go does not: it is
// left out here.)
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(dir, name));
const ca = read('ca-cert.pem');

const versions = ['TLSv1.3', 'TLSv1.2'];
const run = () => {
  const version = versions.shift();
  if (version === undefined) return;
  const serverLines = [];
  let serverKey;
  const tlsServer = tls.createServer({ key: read('server-key.pem'), cert: read('server-cert.pem'), maxVersion: version }, (s) => {
    serverKey = s.exportKeyingMaterial(48, 'EXPORTER-gonode-test', Buffer.from('context'));
    s.on('data', () => {});
    s.end();
  });
  tlsServer.on('keylog', (line, socket) => serverLines.push([line, socket instanceof tls.TLSSocket]));
  tlsServer.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: tlsServer.address().port, host: '127.0.0.1', servername: 'localhost', ca });
    try {
      c.exportKeyingMaterial(32, 'x');
    } catch (e) {
      console.log(version, 'before the handshake:', e.code, e.message);
    }
    const lines = [];
    c.on('keylog', (line) => lines.push(line));
    let clientKey;
    let noContext;
    c.on('secureConnect', () => {
      clientKey = c.exportKeyingMaterial(48, 'EXPORTER-gonode-test', Buffer.from('context'));
      noContext = c.exportKeyingMaterial(16, 'EXPORTER-gonode-test');
      for (const args of [['x', 'y'], [-1, 'x'], [0, 'x'], [10, 5], [10, 'x', 'not a buffer']]) {
        try {
          c.exportKeyingMaterial(...args);
        } catch (e) {
          console.log(version, JSON.stringify(args), e.code, e.message);
        }
      }
    });
    c.on('data', () => {});
    c.on('close', () => {
      const labels = (ls) => ls.map((l) => l.toString().split(' ')[0]).filter((l) => l !== 'EXPORTER_SECRET').sort();
      const secrets = (ls) => new Map(ls.map((l) => l.toString().split(' ')).map(([label, , secret]) => [label, secret]));
      const server = serverLines.map(([l]) => l);
      console.log(version, 'client log', labels(lines).join(','));
      console.log(version, 'lines are Buffers ending in a newline', lines.every((l) => Buffer.isBuffer(l) && l.toString().endsWith('\n')));
      console.log(version, 'server log', labels(server).join(','), 'with its socket', serverLines.every(([, s]) => s));
      const theirs = secrets(server);
      console.log(version, 'same secrets', [...secrets(lines)].every(([label, secret]) => theirs.get(label) === secret));
      console.log(version, 'keying material', clientKey.length, clientKey.equals(serverKey), noContext.length, !noContext.equals(clientKey.subarray(0, 16)));
      tlsServer.close(run);
    });
  });
};
run();
