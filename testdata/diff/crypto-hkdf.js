// crypto.hkdf and hkdfSync: RFC 5869's first vector and others (secret
// KeyObjects, ArrayBuffers and views, the longest output), node's checks and
// errors, and the callback form.
const c = require('crypto');
const digest = (ab) => c.createHash('sha256').update(Buffer.from(ab)).digest('hex').slice(0, 16);
const t = (...a) => { try { const r = c.hkdfSync(...a); console.log(r.constructor.name, r.byteLength, r.byteLength <= 64 ? Buffer.from(r).toString('hex') : digest(r)); } catch (e) { console.log(e.name, e.code, e.message); } };
t('sha256', 'key', 'salt', 'info', 16); t('sha512', Buffer.from('k'), '', '', 64); t('sha256', c.createSecretKey(Buffer.from('k')), new Uint8Array(2), new ArrayBuffer(3), 0);
t('nope', 'k', 's', 'i', 4); t('sha256', 'k', 's', 'i', 255 * 32 + 1); t('sha256', 'k', 's', 'i', 255 * 32); t('sha256', 1, 's', 'i', 4); t('sha256', 'k', 1, 'i', 4);
t('sha256', 'k', 's', 'x'.repeat(1025), 4); t('sha256', 'k', 's', 'x'.repeat(1024), 4);
t(1, 'k', 's', 'i', 4); t('sha256', 'k', 's', 'i', -1); t('SHA256', 'k', 's', 'i', 4); t('md5', 'k', 's', 'i', 4); t('sha1', new ArrayBuffer(8), new DataView(new ArrayBuffer(4)), 'i', 20);
t('shake256', 'k', 's', 'i', 4); t('sha384', 'k', 's', 'i', 1.5);
// RFC 5869 test case 1
t('sha256', Buffer.alloc(22, 0x0b), Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42);
c.hkdf('sha256', 'k', 's', 'i', 8, (err, ab) => {
  console.log('cb', err, ab instanceof ArrayBuffer, Buffer.from(ab).toString('hex'));
  c.hkdf('shake256', 'k', 's', 'i', 8, (err) => console.log('cb2', err && err.message));
});
for (const args of [['nope', 'k', 's', 'i', 8, () => {}], ['sha256', 'k', 's', 'i', 8], ['sha1', 'k', 's', 'i', 10000, () => {}]]) {
  try { c.hkdf(...args); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(c.hkdf.length, c.hkdfSync.length);
