// tls.checkServerIdentity on its own: altnames, wildcards, IP addresses,
// common names; and createSecureContext's errors.
const tls = require('tls');

const cases = [
  ['localhost', { subjectaltname: 'DNS:localhost', subject: { CN: 'x' } }],
  ['a.example.com', { subjectaltname: 'DNS:*.example.com' }],
  ['a.b.example.com', { subjectaltname: 'DNS:*.example.com' }],
  ['example.com', { subjectaltname: 'DNS:*.com' }],
  ['foo.example.com', { subjectaltname: 'DNS:f*.example.com' }],
  ['EXAMPLE.com.', { subjectaltname: 'DNS:example.com' }],
  ['127.0.0.1', { subjectaltname: 'IP Address:127.0.0.1' }],
  ['127.0.0.2', { subjectaltname: 'DNS:localhost, IP Address:127.0.0.1' }],
  ['::1', { subjectaltname: 'IP Address:0:0:0:0:0:0:0:1' }],
  ['host.test', { subject: { CN: 'host.test' } }],
  ['host.test', { subject: { CN: ['other.test', 'host.test'] } }],
  ['host.test', { subject: { CN: 'other.test' } }],
  ['host.test', { subject: {} }],
  ['a.example.com', { subjectaltname: 'DNS:"a.example.com", DNS:b.example.com' }],
];
for (const [host, cert] of cases) {
  const err = tls.checkServerIdentity(host, cert);
  console.log(host, '->', err ? `${err.code} ${err.message} reason=${err.reason} host=${err.host}` : 'ok');
}

const tryContext = (label, options) => {
  try {
    tls.createSecureContext(options);
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
tryContext('empty', {});
tryContext('garbage cert', { cert: 'not a pem' });
tryContext('garbage key', { key: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n', cert: require('fs').readFileSync(__dirname + '/fixtures/tls/self-cert.pem') });
tryContext('mismatch', {
  key: require('fs').readFileSync(__dirname + '/fixtures/tls/server-key.pem'),
  cert: require('fs').readFileSync(__dirname + '/fixtures/tls/self-cert.pem'),
});
tryContext('number key', { key: 42 });
tryContext('bad version', { minVersion: 'TLSv9' });
tryContext('ca garbage', { ca: 'nope' });
console.log(typeof tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, Array.isArray(tls.getCiphers()), tls.getCiphers().includes('tls_aes_128_gcm_sha256'));
