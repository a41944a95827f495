// terminal: true over a stream: keypress decoding and line editing (insert,
// cursor keys, backspace/delete, ctrl+a/e/u, history with up/down and the
// 'history' event), what the interface writes, question in terminal mode,
// rl.write with a key, and emitKeypressEvents' key objects.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');
const input = new PassThrough();
let out = '';
const output = new Writable({ write(c, e, cb) { out += c; cb(); } });
const flush = (tag) => { console.log(tag, JSON.stringify(out)); out = ''; };
const rl = readline.createInterface({ input, output, terminal: true, prompt: '$ ' });
console.log(rl.terminal, rl.cursor, rl.historyIndex, rl.line);
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.on('history', (h) => console.log('history', h));
rl.on('close', () => console.log('close'));
rl.prompt(); flush('prompt');
input.write('abc'); flush('abc'); console.log(rl.line, rl.cursor);
input.write('\x1b[D\x1b[D'); flush('left2'); console.log(rl.cursor);
input.write('X'); flush('X'); console.log(rl.line, rl.cursor);
input.write('\x7f'); flush('bs'); console.log(rl.line, rl.cursor);
input.write('\x1b[3~'); flush('del'); console.log(rl.line, rl.cursor);
input.write('\x01'); flush('ctrl-a'); input.write('\x05'); flush('ctrl-e');
input.write('\r'); flush('enter');
input.write('second\r\n'); flush('second');
input.write('abc\r'); flush('dup');
input.write('\x1b[A'); flush('up'); console.log(rl.line);
input.write('\x1b[A'); flush('up2'); console.log(rl.line);
input.write('\x1b[B'); flush('down'); console.log(rl.line);
input.write('\x15'); flush('ctrl-u'); console.log(JSON.stringify(rl.line));
input.write('héllo €'); flush('utf'); console.log(rl.line, rl.cursor, rl.getCursorPos());
rl.question('Q? ', (a) => console.log('answer', a)); flush('question');
input.write('yes\n'); flush('yes');
rl.write('typed\r'); flush('write');
rl.write(null, { ctrl: true, name: 'u' }); flush('keyu');
input.write('tail'); 
input.end(); flush('end');
console.log(rl.history);

const ks = new PassThrough();
readline.emitKeypressEvents(ks);
ks.on('keypress', (s, k) => console.log('keypress', JSON.stringify(s), JSON.stringify(k)));
ks.write('aZ1 \t\r\n\x7f\x03\x1b[A\x1b[1;5C\x1b[3~\x1bOH\x1b[5~\x1b[15~\x1bb\x1b[Z€');
