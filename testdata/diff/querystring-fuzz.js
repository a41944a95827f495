'use strict';
// Seeded random round trips through parse with assorted separators.
const qs = require('querystring');
let seed = 12345;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const alphabet = ['a', 'b', '=', '&', '+', '%', '2', '0', 'F', 'g', ';', ':', 'é', ' ', '%41', '%C3%A9', '%E2'];
const seps = [[undefined, undefined], [';', ':'], ['&&', '=='], ['ab', 'b'], ['&', '=+']];
for (let n = 0; n < 400; n++) {
  let s = '';
  const len = rand(12);
  for (let i = 0; i < len; i++) s += alphabet[rand(alphabet.length)];
  const [sep, eq] = seps[rand(seps.length)];
  const opts = rand(4) === 0 ? { maxKeys: rand(3) } : undefined;
  console.log(JSON.stringify([s, sep, eq, opts]), JSON.stringify(Object.entries(qs.parse(s, sep, eq, opts))));
}
