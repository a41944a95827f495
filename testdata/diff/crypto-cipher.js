// AES ciphers round trip in every key size and mode, fed in uneven chunks;
// GCM with IVs of 1 to 64 bytes, tags of 4 to 16, AAD, truncated and
// tampered tags; no padding; string keys, KeyObjects and encodings in and
// out; Cipheriv and Decipheriv as Transform streams in a pipeline.
const c = require('crypto');
const { pipeline, Readable, Writable } = require('stream');
const show = (label, fn) => { try { const r = fn(); console.log(label, r instanceof Buffer ? r.toString('hex') : r); } catch (e) { console.log(label, e.name, e.code, e.message.split('\n')[0], e.library, e.reason); } };
const key = (n) => Buffer.from(Array.from({ length: n }, (_, i) => i * 7 + 1));
const data = Buffer.from(Array.from({ length: 77 }, (_, i) => (i * 31) & 255));
const chunks = (x, buf, sizes) => { const out = []; let at = 0; for (const s of sizes) { out.push(x.update(buf.subarray(at, at + s))); at += s; } out.push(x.update(buf.subarray(at))); return out; };
for (const bits of [128, 192, 256]) {
  for (const mode of ['cbc', 'ecb', 'ctr', 'cfb', 'ofb']) {
    const name = `aes-${bits}-${mode}`;
    const iv = mode === 'ecb' ? null : key(16).reverse();
    const enc = c.createCipheriv(name, key(bits / 8), iv);
    const ct = Buffer.concat([...chunks(enc, data, [1, 15, 16, 3, 20]), enc.final()]);
    const dec = c.createDecipheriv(name, key(bits / 8), iv);
    const pt = Buffer.concat([...chunks(dec, ct, [5, 16, 16, 2]), dec.final()]);
    console.log(name, ct.length, c.createHash('sha256').update(ct).digest('hex').slice(0, 16), pt.equals(data));
  }
}
for (const ivLen of [1, 8, 12, 16, 64]) {
  for (const tagLen of [4, 8, 12, 16]) {
    const iv = key(ivLen);
    const enc = c.createCipheriv('aes-128-gcm', key(16), iv, { authTagLength: tagLen });
    enc.setAAD(Buffer.from('header'));
    const ct = Buffer.concat([...chunks(enc, data, [7, 9]), enc.final()]);
    const tag = enc.getAuthTag();
    const dec = c.createDecipheriv('aes-128-gcm', key(16), iv, { authTagLength: tagLen });
    dec.setAAD(Buffer.from('header'));
    dec.setAuthTag(tag);
    const pt = Buffer.concat([dec.update(ct), dec.final()]);
    console.log('gcm', ivLen, tagLen, ct.toString('hex').slice(0, 20), tag.toString('hex'), pt.equals(data));
  }
}
show('gcm truncated tag without option', () => {
  const enc = c.createCipheriv('aes-256-gcm', key(32), key(12));
  const ct = Buffer.concat([enc.update(data), enc.final()]);
  const dec = c.createDecipheriv('aes-256-gcm', key(32), key(12));
  dec.setAuthTag(enc.getAuthTag().subarray(0, 12));
  return Buffer.concat([dec.update(ct), dec.final()]).equals(data);
});
show('gcm tampered', () => {
  const enc = c.createCipheriv('aes-256-gcm', key(32), key(12));
  const ct = Buffer.concat([enc.update(data), enc.final()]);
  ct[3] ^= 1;
  const dec = c.createDecipheriv('aes-256-gcm', key(32), key(12));
  dec.setAuthTag(enc.getAuthTag());
  dec.update(ct);
  return dec.final();
});
show('gcm wrong aad', () => {
  const enc = c.createCipheriv('aes-256-gcm', key(32), key(12));
  enc.setAAD(Buffer.from('a'));
  const ct = Buffer.concat([enc.update(data), enc.final()]);
  const dec = c.createDecipheriv('aes-256-gcm', key(32), key(12));
  dec.setAAD(Buffer.from('b'));
  dec.setAuthTag(enc.getAuthTag());
  dec.update(ct);
  return dec.final();
});
show('nopad exact', () => { const x = c.createCipheriv('aes-128-cbc', key(16), key(16)); x.setAutoPadding(false); return Buffer.concat([x.update(Buffer.alloc(32, 5)), x.final()]); });
show('nopad decrypt', () => { const x = c.createDecipheriv('aes-128-cbc', key(16), key(16)); x.setAutoPadding(false); return Buffer.concat([x.update(Buffer.alloc(32, 5)), x.final()]); });
show('setAutoPadding after final', () => { const x = c.createCipheriv('aes-128-cbc', key(16), key(16)); x.final(); x.setAutoPadding(true); });
show('text out', () => { const x = c.createCipheriv('aes-128-ctr', key(16), key(16)); return x.update('héllo wörld', 'utf8', 'base64') + '|' + x.update('!', 'latin1', 'base64') + '|' + x.final('base64'); });
show('latin1 round trip', () => { const x = c.createDecipheriv('aes-128-ctr', key(16), key(16)); const y = c.createCipheriv('aes-128-ctr', key(16), key(16)); return x.update(y.update('ümlaut', 'utf8', 'hex'), 'hex', 'utf8') + x.final('utf8'); });
show('string key and iv', () => { const x = c.createCipheriv('aes-128-cbc', 'k'.repeat(16), 'i'.repeat(16)); return x.update('abc', 'utf8', 'hex') + x.final('hex'); });
show('key object', () => { const x = c.createCipheriv('aes-128-cbc', c.createSecretKey(key(16)), key(16)); return x.update('abc', 'utf8', 'hex') + x.final('hex'); });
show('hex key encoding', () => { const x = c.createCipheriv('aes-128-cbc', key(16).toString('hex'), key(16), { encoding: 'hex' }); return x.update('abc', 'utf8', 'hex') + x.final('hex'); });
show('bad auth tag option', () => c.createCipheriv('aes-256-gcm', key(32), key(12), { authTagLength: 'x' }));
show('tag option 5', () => c.createCipheriv('aes-256-gcm', key(32), key(12), { authTagLength: 5 }));
show('empty gcm iv', () => c.createCipheriv('aes-256-gcm', key(32), Buffer.alloc(0)));
show('setAAD late', () => { const x = c.createCipheriv('aes-256-gcm', key(32), key(12)); x.update('a'); x.final(); x.setAAD(Buffer.from('x')); });
show('setAuthTag mismatch', () => { const x = c.createDecipheriv('aes-256-gcm', key(32), key(12), { authTagLength: 8 }); x.setAuthTag(Buffer.alloc(16)); });
show('setAuthTag twice', () => { const x = c.createDecipheriv('aes-256-gcm', key(32), key(12)); x.setAuthTag(Buffer.alloc(16)); x.setAuthTag(Buffer.alloc(16)); });
show('cbc setAAD', () => c.createCipheriv('aes-256-cbc', key(32), key(16)).setAAD(Buffer.from('x')));
show('info', () => ['aes-256-ecb', 'aes-128-cbc', 'aes256', 'AES-192-CTR', 'aes-128-cfb', 'aes-256-ofb', 'id-aes128-gcm', 'aes-128-gcm', 426, 'nope'].map((n) => JSON.stringify(c.getCipherInfo(n))).join(' '));
show('info options', () => [c.getCipherInfo('aes-256-gcm', { ivLength: 16 }), c.getCipherInfo('aes-256-cbc', { ivLength: 12 }), c.getCipherInfo('aes-256-cbc', { keyLength: 16 })].map((x) => JSON.stringify(x)).join(' '));
show('protos', () => Object.getOwnPropertyNames(c.Cipheriv.prototype).join() + ' ' + Object.getOwnPropertyNames(c.Decipheriv.prototype).join() + ' ' + c.createCipheriv.length);
show('instance', () => [c.Cipheriv('aes-128-ctr', key(16), key(16)) instanceof c.Cipheriv, c.createDecipheriv('aes-128-ctr', key(16), key(16)) instanceof require('stream').Transform].join());
const enc = c.createCipheriv('aes-256-cbc', key(32), key(16));
const dec = c.createDecipheriv('aes-256-cbc', key(32), key(16));
const got = [];
pipeline(Readable.from([Buffer.from('streamed '), Buffer.from('through '), Buffer.from('both')]), enc, dec,
  new Writable({ write(chunk, e, cb) { got.push(chunk); cb(); } }), (err) => console.log('pipeline', err, Buffer.concat(got).toString()));
