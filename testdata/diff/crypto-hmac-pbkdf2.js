'use strict';
// createHmac (RFC 4231 / RFC 2202 vectors, key kinds and encodings) and
// pbkdf2 / pbkdf2Sync (RFC 6070 vectors and more digests).
const crypto = require('crypto');

// RFC 4231 test cases 1, 2 and 6 (HMAC-SHA-224/256/384/512).
const rfc4231 = [
  [Buffer.alloc(20, 0x0b), 'Hi There', {
    sha224: '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22',
    sha256: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    sha384: 'afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6',
    sha512: '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4' +
      'be9d914eeb61f1702e696c203a126854',
  }],
  ['Jefe', 'what do ya want for nothing?', {
    sha224: 'a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44',
    sha256: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    sha384: 'af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649',
    sha512: '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fd' +
      'caeab1a34d4a6b4b636e070a38bce737',
  }],
  [Buffer.alloc(131, 0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First', {
    sha224: '95e9a0db962095adaebe9b2d6f0dbce2d499f112f2d2b7273fa6870e',
    sha256: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    sha384: '4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952',
    sha512: '80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e52' +
      '95e64f73f63f0aec8b915a985d786598',
  }],
];
for (const [key, data, answers] of rfc4231) {
  for (const [alg, want] of Object.entries(answers)) {
    const got = crypto.createHmac(alg, key).update(data).digest('hex');
    console.log('rfc4231', alg, got === want ? 'ok' : `MISMATCH ${got}`);
  }
}
console.log('rfc2202 md5', crypto.createHmac('md5', 'Jefe').update('what do ya want for nothing?').digest('hex'));
console.log('rfc2202 sha1', crypto.createHmac('sha1', Buffer.alloc(20, 0x0b)).update('Hi There').digest('hex'));

const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'RSA-SHA256', 'SHA1'];
for (const alg of algorithms) {
  const parts = [];
  for (const key of ['', 'k', 'a much longer key '.repeat(20), Buffer.from([0, 1, 2, 255]), new Uint16Array([1, 2]),
    new ArrayBuffer(3), new DataView(new ArrayBuffer(4), 1, 2)]) {
    parts.push(crypto.createHmac(alg, key).update('data ').update(Buffer.from('€uro')).digest('base64'));
  }
  console.log('hmac', alg, parts.join(' '));
}
for (const enc of ['hex', 'base64', 'latin1', 'utf8', 'ucs2', 'buffer']) {
  console.log('key encoding', enc, crypto.createHmac('sha256', 'abcd', { encoding: enc }).digest('hex'));
}
const hm = crypto.createHmac('sha256', 'secret');
console.log('hmac digest twice', hm.update('x').digest('hex'), JSON.stringify(hm.digest('hex')),
  hm.digest().length, JSON.stringify(hm.digest('base64')));
console.log('hmac class', crypto.Hmac('sha1', 'k') instanceof crypto.Hmac, hm.constructor.name,
  hm.update === crypto.createHash('md5').update);

// RFC 6070 PBKDF2-HMAC-SHA1 vectors (the 16777216-iteration one left out).
const rfc6070 = [
  ['password', 'salt', 1, 20, '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
  ['password', 'salt', 2, 20, 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
  ['password', 'salt', 4096, 20, '4b007901b765489abead49d926f721d065a429c1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25,
    '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038'],
  ['pass\0word', 'sa\0lt', 4096, 16, '56fa6aa75548099dcc37d7f03425e0c3'],
];
for (const [p, s, i, n, want] of rfc6070) {
  const got = crypto.pbkdf2Sync(p, s, i, n, 'sha1').toString('hex');
  console.log('rfc6070', i, n, got === want ? 'ok' : `MISMATCH ${got}`);
}
for (const alg of algorithms) {
  console.log('pbkdf2Sync', alg, crypto.pbkdf2Sync('pw', 'salt', 3, 70, alg).toString('hex'));
}
const sync = crypto.pbkdf2Sync(Buffer.from('pw'), new Uint16Array([0x6173, 0x746c]), 2, 0, 'sha256');
console.log('keylen 0', Buffer.isBuffer(sync), sync.length);
console.log('binary inputs', crypto.pbkdf2Sync(new ArrayBuffer(2), new DataView(new ArrayBuffer(3), 1), 2, 9,
  'sha512').toString('hex'));

// The async form, one derivation after another so the order is fixed.
const jobs = [['password', 'salt', 4096, 20, 'sha1'], ['pw', Buffer.from('salt'), 10, 64, 'sha512'],
  ['', '', 1, 32, 'sha3-256'], ['pw', 'salt', 1, 0, 'md5']];
(function next(i) {
  if (i === jobs.length) return;
  let returned = false;
  const ret = crypto.pbkdf2(...jobs[i], (err, key) => {
    console.log('pbkdf2 async', jobs[i][4], err, returned, Buffer.isBuffer(key), key.toString('hex'),
      key.equals(crypto.pbkdf2Sync(...jobs[i])));
    next(i + 1);
  });
  returned = true;
  console.log('pbkdf2 returns', ret);
})(0);
