'use strict';
// getCursorPos counts terminal columns as util's string width does:
// combining marks (also those for symbols) and format characters take
// none, East Asian wide characters and emoji two.
const { PassThrough } = require('stream');
const readline = require('readline');

const rl = readline.createInterface({ terminal: true, input: new PassThrough(), prompt: '' });
const strings = ['a', 'ab', '丁', '\u0301', 'a\u0301', '\u20DD', 'a\u20DDb', '\u200E', 'x\uFE20y',
  '🐕', '\u{E0100}', 'e\u0301\u0302', '\u00AD', 'ｱ', '한'];
for (const s of strings) {
  rl.write(s);
  console.log(JSON.stringify(s), rl.getCursorPos().cols);
  rl.write(null, { ctrl: true, name: 'u' });
}
rl.close();
