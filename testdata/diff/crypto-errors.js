'use strict';
// The errors of the crypto functions gonode has, as node throws them: name,
// code, message and own keys.
const crypto = require('crypto');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? `Buffer(${r.length})` : typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, JSON.stringify(Object.keys(e)), e instanceof Error,
      String(e.stack).split('\n')[0]);
  }
}

// Hash
show('unknown algorithm', () => crypto.createHash('sha257'));
show('unknown algorithm 2', () => crypto.createHash('sha512/256'));
show('algorithm type', () => crypto.createHash(256));
show('algorithm missing', () => crypto.createHash());
show('digest twice', () => { const h = crypto.createHash('md5'); h.digest(); return h.digest('hex'); });
show('update after digest', () => { const h = crypto.createHash('md5'); h.digest(); return h.update('x'); });
show('copy after digest', () => { const h = crypto.createHash('md5'); h.digest(); return h.copy(); });
for (const bad of [5, null, undefined, {}, [1, 2], true, new ArrayBuffer(2)]) {
  show(`update ${Object.prototype.toString.call(bad)}`, () => crypto.createHash('sha1').update(bad));
}
show('odd hex', () => crypto.createHash('sha1').update('abc', 'hex'));
show('odd HEX', () => crypto.createHash('sha1').update('abc', 'HEX'));
show('outputLength fixed', () => crypto.createHash('sha256', { outputLength: 5 }));
show('outputLength negative', () => crypto.createHash('shake128', { outputLength: -1 }));
show('outputLength string', () => crypto.createHash('shake128', { outputLength: '5' }));
show('outputLength fraction', () => crypto.createHash('shake128', { outputLength: 1.5 }));
show('copy outputLength fixed', () => crypto.createHash('md5').copy({ outputLength: 3 }));

// crypto.hash
show('hash algorithm', () => crypto.hash('nope', 'x'));
show('hash algorithm type', () => crypto.hash(1, 'x'));
show('hash input', () => crypto.hash('sha1', 5));
show('hash ArrayBuffer', () => crypto.hash('sha1', new ArrayBuffer(1)));
show('hash encoding', () => crypto.hash('sha1', 'x', 'bogus'));
show('hash encoding type', () => crypto.hash('sha1', 'x', {}));
show('hash encoding null', () => crypto.hash('sha1', 'x', null));

// Hmac
show('hmac unknown', () => crypto.createHmac('sha257', 'k'));
show('hmac type', () => crypto.createHmac(5, 'k'));
show('hmac key number', () => crypto.createHmac('sha1', 5));
show('hmac key missing', () => crypto.createHmac('sha1'));
show('hmac key encoding type', () => crypto.createHmac('sha1', 'k', { encoding: 5 }));
show('hmac key encoding unknown', () => crypto.createHmac('sha1', 'k', { encoding: 'bogus' }));
show('hmac update type', () => crypto.createHmac('sha1', 'k').update(1));

// pbkdf2
show('pbkdf2 digest unknown', () => crypto.pbkdf2Sync('p', 's', 1, 20, 'nope'));
show('pbkdf2 digest missing', () => crypto.pbkdf2Sync('p', 's', 1, 20));
show('pbkdf2 digest type', () => crypto.pbkdf2Sync('p', 's', 1, 20, 5));
show('pbkdf2 password', () => crypto.pbkdf2Sync(5, 's', 1, 20, 'sha1'));
show('pbkdf2 salt', () => crypto.pbkdf2Sync('p', null, 1, 20, 'sha1'));
show('pbkdf2 iterations 0', () => crypto.pbkdf2Sync('p', 's', 0, 20, 'sha1'));
show('pbkdf2 iterations string', () => crypto.pbkdf2Sync('p', 's', '1', 20, 'sha1'));
show('pbkdf2 iterations fraction', () => crypto.pbkdf2Sync('p', 's', 1.5, 20, 'sha1'));
show('pbkdf2 keylen negative', () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'));
show('pbkdf2 keylen large', () => crypto.pbkdf2Sync('p', 's', 1, 2 ** 31, 'sha1'));
show('pbkdf2 keylen fraction', () => crypto.pbkdf2Sync('p', 's', 1, 0.5, 'sha1'));
show('pbkdf2 no callback', () => crypto.pbkdf2('p', 's', 1, 20, 'sha1'));
show('pbkdf2 callback type', () => crypto.pbkdf2('p', 's', 1, 20, 'sha1', 5));
show('pbkdf2 async unknown digest', () => crypto.pbkdf2('p', 's', 1, 20, 'nope', () => console.log('not called')));

// random
show('randomBytes negative', () => crypto.randomBytes(-1));
show('randomBytes string', () => crypto.randomBytes('1'));
show('randomBytes NaN', () => crypto.randomBytes(NaN));
show('randomBytes huge', () => crypto.randomBytes(2 ** 31));
show('randomBytes callback', () => crypto.randomBytes(1, 'cb'));
show('randomFillSync target', () => crypto.randomFillSync('abc'));
show('randomFillSync offset', () => crypto.randomFillSync(Buffer.alloc(4), 5));
show('randomFillSync offset negative', () => crypto.randomFillSync(Buffer.alloc(4), -1));
show('randomFillSync offset type', () => crypto.randomFillSync(Buffer.alloc(4), '1'));
show('randomFillSync size', () => crypto.randomFillSync(Buffer.alloc(4), 1, 4));
show('randomFillSync elements', () => crypto.randomFillSync(new Uint32Array(4), 3, 2));
show('randomFill callback', () => crypto.randomFill(Buffer.alloc(4)));
show('randomFill offset', () => crypto.randomFill(new Uint32Array(4), 5, () => {}));
show('randomInt max <= min', () => crypto.randomInt(10, 5));
show('randomInt equal', () => crypto.randomInt(5, 5));
show('randomInt zero', () => crypto.randomInt(0));
show('randomInt negative', () => crypto.randomInt(-1));
show('randomInt fraction', () => crypto.randomInt(1.5));
show('randomInt string', () => crypto.randomInt('5'));
show('randomInt min string', () => crypto.randomInt('1', 5));
show('randomInt unsafe', () => crypto.randomInt(2 ** 53));
show('randomInt unsafe min', () => crypto.randomInt(-(2 ** 53), 0));
show('randomInt range', () => crypto.randomInt(2 ** 48));
show('randomInt range min', () => crypto.randomInt(-1, 2 ** 48));
show('randomInt callback', () => crypto.randomInt(1, 2, 3));
show('randomUUID options', () => crypto.randomUUID(5));
show('randomUUID entropy', () => crypto.randomUUID({ disableEntropyCache: 1 }));

// timingSafeEqual
show('timingSafeEqual length', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
show('timingSafeEqual buf1', () => crypto.timingSafeEqual('a', Buffer.from('a')));
show('timingSafeEqual buf2', () => crypto.timingSafeEqual(Buffer.from('a'), 'a'));
show('timingSafeEqual views', () => crypto.timingSafeEqual(new Uint16Array(1), Buffer.alloc(3)));

// webcrypto getRandomValues
show('getRandomValues float', () => crypto.getRandomValues(new Float32Array(2)));
show('getRandomValues DataView', () => crypto.webcrypto.getRandomValues(new DataView(new ArrayBuffer(2))));
show('getRandomValues number', () => globalThis.crypto.getRandomValues(5));
show('getRandomValues quota', () => crypto.getRandomValues(new Uint8Array(65537)));
show('getRandomValues missing', () => crypto.webcrypto.getRandomValues());
show('getRandomValues this', () => crypto.webcrypto.getRandomValues.call({}, new Uint8Array(2)));
show('randomUUID this', () => crypto.webcrypto.randomUUID.call(null));

// An error in an async callback is uncaught, and the process exits 1.
crypto.randomBytes(4, () => {
  throw new Error('thrown from the randomBytes callback');
});
process.on('exit', (code) => console.log('exit', code));
