'use strict';
// Lenient base64/base64url decoding, padding and byteLength estimates.
const inputs = ['', 'A', 'AA', 'AAA', 'AAAA', 'AAAAA', 'QQ', 'QQ=', 'QQ==', 'QQ===', 'QUI', 'QUI=', 'QUJD', 'Q U J D',
  'QUJD\n', '\tQUJD', 'QU=JD', '=QUJD', 'QUJD====QUJD', '-_-_', '+/+/', 'QUJD!@#$', 'Zm9vYmFy', 'Zm9vYmE', 'Zm9vYg',
  'ÀQUJD', 'QUJDŁ', '\u0141\u0142', 'SGVsbG8sIFdvcmxkIQ==', 'SGVsbG8sIFdvcmxkIQ', 'a'.repeat(101)];
for (const s of inputs) {
  const b = Buffer.from(s, 'base64');
  const u = Buffer.from(s, 'base64url');
  console.log(JSON.stringify(s), b.toString('hex'), u.toString('hex'), Buffer.byteLength(s, 'base64'), Buffer.byteLength(s, 'base64url'),
    b.toString('base64'), b.toString('base64url'));
}
for (let n = 0; n < 20; n++) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 37 + 11) & 0xff;
  console.log(n, b.toString('base64'), b.toString('base64url'), Buffer.from(b.toString('base64'), 'base64').equals(b),
    Buffer.from(b.toString('base64url'), 'base64url').equals(b));
}
