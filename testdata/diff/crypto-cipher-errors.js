// crypto.createCipheriv and createDecipheriv with AES (cbc, ecb, ctr, cfb,
// ofb, gcm): node's argument checks and errors, OpenSSL's padding and
// final-block failures, GCM's tags and AAD, getCiphers and getCipherInfo.
const c = require('crypto');
const show = (label, fn) => { try { const r = fn(); console.log(label, r instanceof Buffer ? r.toString('hex') : r); } catch (e) { console.log(label, e.name, e.code, e.message, e.library, e.reason); } };
const key = Buffer.alloc(32, 1), iv = Buffer.alloc(16, 2);
show('unknown', () => c.createCipheriv('nope', key, iv));
show('keylen', () => c.createCipheriv('aes-256-cbc', Buffer.alloc(5), iv));
show('ivlen', () => c.createCipheriv('aes-256-cbc', key, Buffer.alloc(5)));
show('ecb iv', () => c.createCipheriv('aes-256-ecb', key, iv));
show('ecb null', () => { const x = c.createCipheriv('aes-256-ecb', key, null); return Buffer.concat([x.update('hello'), x.final()]); });
show('cbc', () => { const x = c.createCipheriv('aes-256-cbc', key, iv); return Buffer.concat([x.update('hello world, this is longer than a block'), x.final()]); });
show('cbc hex', () => { const x = c.createCipheriv('aes-256-cbc', key, iv); return x.update('hello', 'utf8', 'hex') + x.final('hex'); });
show('ctr', () => { const x = c.createCipheriv('aes-256-ctr', key, iv); return Buffer.concat([x.update('hello'), x.final()]); });
show('gcm', () => { const x = c.createCipheriv('aes-256-gcm', key, iv.subarray(0, 12)); x.setAAD(Buffer.from('aad')); const ct = Buffer.concat([x.update('hello'), x.final()]); return ct.toString('hex') + ' ' + x.getAuthTag().toString('hex'); });
show('gcm16', () => { const x = c.createCipheriv('aes-256-gcm', key, iv); const ct = Buffer.concat([x.update('hello'), x.final()]); return ct.toString('hex') + ' ' + x.getAuthTag().toString('hex'); });
show('update after final', () => { const x = c.createCipheriv('aes-256-cbc', key, iv); x.final(); return x.update('a'); });
show('final twice', () => { const x = c.createCipheriv('aes-256-cbc', key, iv); x.final(); return x.final(); });
show('bad decrypt', () => { const x = c.createDecipheriv('aes-256-cbc', key, iv); x.update(Buffer.alloc(16)); return x.final(); });
show('wrong final len', () => { const x = c.createDecipheriv('aes-256-cbc', key, iv); x.update(Buffer.alloc(5)); return x.final(); });
show('nopad enc', () => { const x = c.createCipheriv('aes-256-cbc', key, iv); x.setAutoPadding(false); x.update(Buffer.alloc(5)); return x.final(); });
show('gcm bad tag', () => { const x = c.createDecipheriv('aes-256-gcm', key, iv.subarray(0, 12)); x.setAuthTag(Buffer.alloc(16)); x.update(Buffer.alloc(5)); return x.final(); });
show('gcm no tag', () => { const x = c.createDecipheriv('aes-256-gcm', key, iv.subarray(0, 12)); x.update(Buffer.alloc(5)); return x.final(); });
show('gcm tag len', () => { const x = c.createDecipheriv('aes-256-gcm', key, iv.subarray(0, 12)); x.setAuthTag(Buffer.alloc(3)); });
show('getAuthTag early', () => { const x = c.createCipheriv('aes-256-gcm', key, iv.subarray(0, 12)); return x.getAuthTag(); });
show('getAuthTag cbc', () => { const x = c.createCipheriv('aes-256-cbc', key, iv); x.final(); return x.getAuthTag(); });
show('key type', () => c.createCipheriv('aes-256-cbc', 1, iv));
show('iv type', () => c.createCipheriv('aes-256-cbc', key, 1));
show('algo type', () => c.createCipheriv(1, key, iv));
show('aes256 alias', () => { const x = c.createCipheriv('aes256', key, iv); return Buffer.concat([x.update('hello'), x.final()]); });
show('ciphers', () => ['aes-256-cbc', 'aes-128-gcm', 'aes-192-ctr', 'aes256', 'id-aes256-gcm'].map((n) => c.getCiphers().includes(n)).join());
show('info', () => JSON.stringify(c.getCipherInfo('aes-256-gcm')));
show('stream', () => typeof c.createCipheriv('aes-256-cbc', key, iv).pipe);
