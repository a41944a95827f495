'use strict';
// Global atob/btoa, their errors and equality with buffer's exports.
const buffer = require('buffer');
console.log(typeof atob, typeof btoa, atob === buffer.atob, btoa === buffer.btoa);
for (const s of ['', 'a', 'ab', 'abc', 'hello world', '\x00\xff', 'ÿþ', 123, null, undefined, true]) {
  console.log(JSON.stringify(s), btoa(s), JSON.stringify(atob(btoa(s))));
}
for (const s of ['aGk=', 'aGk', 'a G k =', 'aG\tk\n', 'a', 'aGk==', 'aGk=a', '====', 'a===', 'aGk!', 'aGk-', '', ' ', 'Zm9vYg==', 'Zm9vYg', 'Zm9vYmFy']) {
  try {
    console.log(JSON.stringify(s), JSON.stringify(atob(s)));
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.message);
  }
}
for (const s of ['\u0100', 'a\u20acb']) {
  try { btoa(s); } catch (e) { console.log(e.name, e.message); }
}
