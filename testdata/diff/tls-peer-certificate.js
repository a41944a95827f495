// getPeerCertificate(true) of a CA-signed server: every field but raw and
// pubkey (compared by length), the issuer found among the trusted
// authorities and its self-reference; the client's own (absent) certificate.
const tls = require('tls'); const fs = require('fs');
const d = require('path').join(__dirname, 'fixtures', 'tls') + '/';
const server = tls.createServer({ key: fs.readFileSync(d + 'server-key.pem'), cert: fs.readFileSync(d + 'server-cert.pem') }, (s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: fs.readFileSync(d + 'ca-cert.pem') }, () => {
    const p = c.getPeerCertificate(true);
    const { raw, pubkey, issuerCertificate, ...rest } = p;
    console.log(rest, raw.length, pubkey.length, issuerCertificate.subject, issuerCertificate.issuerCertificate === issuerCertificate);
    console.log(c.getCertificate(), c.getCipher().version, typeof c.getCipher().name);
    c.end(); server.close();
  });
});
