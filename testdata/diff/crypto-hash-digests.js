'use strict';
// createHash / crypto.hash: known-answer digests for every algorithm gonode
// has, every output encoding, input encodings, incremental updates across
// multibyte characters, copy(), aliases and SHAKE output lengths.
const crypto = require('crypto');

// FIPS 180 / 202 and RFC 1321 answers for "abc", checked here as well as
// against node.
const known = {
  md5: '900150983cd24fb0d6963f7d28e17f72',
  sha1: 'a9993e364706816aba3e25717850c26c9cd0d89d',
  sha224: '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
  sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  sha384: 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
  sha512: 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd' +
    '454d4423643ce80e2a9ac94fa54ca49f',
  'sha512-224': '4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa',
  'sha512-256': '53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23',
  'sha3-256': '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532',
  'sha3-512': 'b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e39340' +
    '57340b4cf408d5a56592f8274eec53f0',
  shake128: '5881092dd818bf5cf8a3ddb793fbcba7',
  shake256: '483366601360a8771c6863080cc4114d8db44530f8f1e1ee4f94ea37e78b5739',
};
for (const [alg, want] of Object.entries(known)) {
  const got = crypto.createHash(alg).update('abc').digest('hex');
  console.log(alg, got === want ? 'known answer ok' : `MISMATCH ${got}`);
}

const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'shake128', 'shake256'];
const encodings = ['hex', 'base64', 'base64url', 'latin1', 'binary', 'utf8', 'ascii', 'ucs2', 'utf16le', 'HEX',
  'buffer', 'bogus'];
const inputs = ['', 'abc', 'héllo wörld €😀', 'a'.repeat(1000), '\ud800 lone surrogate'];
for (const alg of algorithms) {
  for (const input of inputs) {
    console.log(alg, JSON.stringify(input.slice(0, 20)), crypto.createHash(alg).update(input).digest('hex'));
  }
  for (const enc of encodings) {
    const out = crypto.createHash(alg).update('The quick brown fox').digest(enc);
    console.log(alg, enc, Buffer.isBuffer(out) ? `Buffer ${out.toString('hex')}` : JSON.stringify(out));
  }
  const buf = crypto.createHash(alg).update('x').digest();
  console.log(alg, 'default', Buffer.isBuffer(buf), buf.length, buf.toString('hex'));
  console.log(alg, 'one-shot', crypto.hash(alg, 'abc'), crypto.hash(alg, Buffer.from('abc'), 'base64'),
    crypto.hash(alg, new Uint16Array([0x6261, 0x63]), 'buffer').toString('hex'));
}

// Input encodings of string data.
for (const [data, enc] of [['616263', 'hex'], ['616263', 'HEX'], ['YWJj', 'base64'], ['YWJj', 'base64url'],
  ['é€', 'latin1'], ['é€', 'binary'], ['é€', 'utf8'], ['é€', 'ucs2'], ['é€', 'ascii'], ['é€', 'buffer'],
  ['é€', 'bogus'], ['é€', undefined], ['zz12', 'hex']]) {
  console.log('update enc', enc, crypto.createHash('sha256').update(data, enc).digest('hex'));
}

// Binary inputs: Buffer, typed arrays and DataView views (with offsets).
const ab = new ArrayBuffer(16);
new Uint8Array(ab).forEach((_, i, a) => { a[i] = i * 17; });
for (const view of [Buffer.from(ab, 2, 8), new Uint8Array(ab, 4), new Uint16Array(ab, 2, 3), new Int32Array(ab),
  new Float64Array(ab, 8), new DataView(ab, 1, 5), new Uint8ClampedArray(ab, 15)]) {
  console.log('view', view.constructor.name, crypto.createHash('sha1').update(view).digest('hex'));
}

// Incremental updates give the digest of the concatenation, also when a
// UTF-8 character is split across Buffer chunks.
const text = 'naïve café – 日本語 😀 done';
const whole = crypto.createHash('sha512').update(text).digest('hex');
const bytes = Buffer.from(text);
for (const step of [1, 2, 3, 5, 7]) {
  const h = crypto.createHash('sha512');
  for (let i = 0; i < bytes.length; i += step) h.update(bytes.subarray(i, i + step));
  console.log('chunked', step, h.digest('hex') === whole);
}
const mixed = crypto.createHash('sha512').update('naïve ').update(Buffer.from('café – ')).update('日本語 😀', 'utf8')
  .update(Buffer.from(' done'));
console.log('mixed', mixed.digest('hex') === whole);
console.log('chain returns this', (() => { const h = crypto.createHash('md5'); return h.update('a') === h; })());

// copy() forks the state; the copy of a finished hash is refused.
const base = crypto.createHash('sha256').update('prefix-');
const c1 = base.copy();
const c2 = base.copy().update('two');
base.update('one');
console.log('copy', c1.digest('hex'), c2.digest('hex'), base.digest('hex'));
console.log('copy matches', crypto.createHash('sha256').update('prefix-one').digest('hex') ===
  crypto.createHash('sha256').update('prefix-').copy().update('one').digest('hex'));
for (const alg of algorithms) {
  const h = crypto.createHash(alg).update('abc');
  console.log('copy', alg, h.copy().update('def').digest('hex'), h.digest('hex'));
}

// SHAKE output lengths, also for copies.
for (const n of [0, 1, 5, 16, 32, 100]) {
  console.log('shake', n, crypto.createHash('shake128', { outputLength: n }).update('x').digest('hex'),
    crypto.createHash('shake256', { outputLength: n }).digest('base64'));
}
const xof = crypto.createHash('shake256', { outputLength: 10 }).update('data');
console.log('shake copy', xof.copy().digest('hex'), xof.copy({ outputLength: 3 }).digest('hex'), xof.digest('hex'));
console.log('own length', crypto.createHash('sha256', { outputLength: 32 }).digest('hex'));

// Names are case-insensitive and node's OpenSSL aliases work.
for (const name of ['SHA256', 'Sha1', 'MD5', 'RSA-SHA256', 'rsa-sha512', 'sha256WithRSAEncryption', 'SHA-384',
  'sha2-224', 'sha-512/256', 'RSA-SHA512/224', 'sha3-256', 'SHA3-512', 'RSA-SHA3-384', 'ssl3-md5', 'ssl3-sha1',
  'RSA-SHA1-2', 'md5WithRSAEncryption', 'id-rsassa-pkcs1-v1_5-with-sha3-224', 'SHAKE-128', 'shake256']) {
  console.log('alias', name, crypto.createHash(name).update('abc').digest('hex').slice(0, 16));
}

// getHashes lists them (node lists more: check membership and order).
const hashes = crypto.getHashes();
const mine = ['RSA-MD5', 'RSA-SHA1', 'RSA-SHA256', 'RSA-SHA512/256', 'md5', 'sha1', 'sha224', 'sha256', 'sha3-256',
  'sha384', 'sha512', 'sha512-224', 'sha512-256', 'shake128', 'shake256', 'sha256WithRSAEncryption'];
console.log('getHashes', Array.isArray(hashes), mine.every((n) => hashes.includes(n)),
  hashes.every((n, i) => i === 0 || hashes[i - 1] < n), hashes.includes('sha257'));

// Hash is the class of createHash's objects, callable without new.
const h = crypto.Hash('md5');
console.log('class', h instanceof crypto.Hash, h.constructor.name, typeof h.update, typeof h.digest, typeof h.copy,
  h instanceof require('stream').Transform, crypto.createHash('md5').constructor === crypto.Hash);
