// readline splits input into 'line' events as node v20 does: \n, \r\n and a
// lone \r end a line (not U+2028/U+2029), a \r\n split across chunks counts
// once (within crlfDelay), a last line without a newline comes on 'end',
// UTF-8 characters split across chunks are decoded whole, and rl.write()
// feeds a non-terminal interface.
const readline = require('readline');
const { PassThrough } = require('stream');

function run(name, chunks, options, done) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, ...options });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  rl.on('close', () => {
    console.log(name, JSON.stringify(lines), rl.line === '' ? 'line empty' : rl.line);
    done();
  });
  for (const c of chunks) input.write(c);
  input.end();
}

const euro = Buffer.from('€uro\n');
const emoji = Buffer.from('😀 ok\r\n');
const cases = [
  ['lf', ['a\nb\nc\n'], {}],
  ['crlf', ['a\r\nb\r\n'], {}],
  ['cr', ['a\rb\rc'], {}],
  ['mixed', ['a\r\n\nb\r\r\nc\n\r'], {}],
  ['empty lines', ['\n\n\n'], {}],
  ['no newline', ['abc'], {}],
  ['no newline after lines', ['a\nb', 'c'], {}],
  ['cr at chunk end then lf', ['a\r', '\nb\r', '\n'], {}],
  ['cr at chunk end then text', ['a\r', 'b\n'], {}],
  ['separators', ['a\u2028b\u2029c\n'], {}],
  ['split utf8', [euro.subarray(0, 1), euro.subarray(1, 2), euro.subarray(2)], {}],
  ['split 4-byte', [emoji.subarray(0, 1), emoji.subarray(1, 3), emoji.subarray(3)], {}],
  ['buffers', [Buffer.from('x\ny'), Buffer.from('z\n')], {}],
  ['empty chunks', ['', 'a', '', '\n', ''], {}],
  ['only cr', ['\r'], {}],
  ['crlfDelay big', ['a\r', '\nb'], { crlfDelay: Infinity }],
  ['tabs and spaces', ['  a\tb  \n'], {}],
];

let i = 0;
function next() {
  if (i < cases.length) {
    const [name, chunks, options] = cases[i++];
    run(name, chunks, options, next);
    return;
  }
  crlfDelay();
}
next();

function crlfDelay() {
  for (const d of [undefined, 0, 50, 100, 250, Infinity]) {
    const rl = readline.createInterface({ input: new PassThrough(), crlfDelay: d });
    console.log('crlfDelay', d, '->', rl.crlfDelay);
    rl.close();
  }
  // A \n that comes later than crlfDelay after a chunk ending in \r is a
  // line of its own. (A busy wait, not a timer: the delay is what is tested.)
  const rl = readline.createInterface({ input: new PassThrough() });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  rl.write('a\r');
  const t = Date.now();
  while (Date.now() - t < 130);
  rl.write('\nb\r');
  rl.write('\nc\n');
  console.log('late lf', JSON.stringify(lines));
  rl.close();
  writes();
}

function writes() {
  const input = new PassThrough();
  const rl = readline.createInterface(input);
  const seen = [];
  rl.on('line', (l) => {
    seen.push(l);
    // A listener that writes more: the rest of the chunk still follows.
    if (l === 'one') rl.write('nested\n');
  });
  rl.write('one\ntwo');
  rl.write('\nthree\n');
  rl.write(undefined);
  console.log('write', JSON.stringify(seen), rl.terminal, rl.cursor, JSON.stringify(rl.line));
  rl.pause();
  rl.write('after pause\n');
  console.log('paused write resumes:', rl.paused, JSON.stringify(seen.slice(-1)));
  rl.close();
}
