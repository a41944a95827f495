'use strict';
// Keypress decoding of ESC [ letter sequences with modifiers (xterm's
// shifted/ctrl F1-F4) and of codes node does not know (named 'undefined').
const { PassThrough } = require('stream');
const readline = require('readline');

const input = new PassThrough();
readline.emitKeypressEvents(input);
input.on('keypress', (s, key) => {
  console.log(JSON.stringify(s), JSON.stringify(key));
});
input.write('\x1b[2P\x1b[5Q\x1b[3R\x1b[8S\x1b[31mx\x1b[39m');
