// process.assert, deprecated (DEP0100): a function named 'deprecated' that
// warns once and throws ERR_ASSERTION with the message given (formatted
// as %s) or 'assertion error'.
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const d = Object.getOwnPropertyDescriptor(process, 'assert');
console.log(typeof d.value, d.writable, d.enumerable, d.configurable, process.assert.name, process.assert.length);
console.log(process.assert(1, 'fine'), process.assert('x'));
for (const args of [[undefined, 'errorMessage'], [false], [0, 7], [null, { a: 1 }], ['', '']]) {
  try {
    process.assert(...args);
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e instanceof Error);
  }
}
