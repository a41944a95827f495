// readline over a child's process.stdin: piped by spawnSync's input, by a
// shell pipe (printf ... | node prog), and written in chunks through spawn;
// question() on stdin/stdout pipes (terminal is false: stdout is no TTY).
const { spawnSync, spawn } = require('child_process');

const child = `
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
console.log('terminal', rl.terminal);
let n = 0;
rl.on('line', (l) => console.log('line', ++n, JSON.stringify(l)));
rl.on('close', () => console.log('close after', n));
process.stdin.on('end', () => console.log('stdin end'));
`;

// Questions asked from the previous answer's callback take the next lines of
// the same chunk; a promise question asked after an await misses lines that
// were already emitted, as in node.
const asker = `
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('name? ', (name) => {
  rl.question('age? ', (age) => {
    console.log('\\n' + name + ' is ' + age);
    rl.on('line', (l) => console.log('rest', l));
  });
});
rl.on('close', async () => {
  const p = require('readline/promises').createInterface({ input: process.stdin });
  p.on('close', () => console.log('second interface closed'));
  console.log('closed');
});
`;

function show(label, r) {
  console.log(`-- ${label} (status ${r.status})`);
  process.stdout.write(String(r.stdout));
}

show('spawnSync input', spawnSync(process.execPath, ['-e', child], { input: 'a\nb\r\n\nc' }));
show('empty input', spawnSync(process.execPath, ['-e', child], { input: '' }));
show('utf8 input', spawnSync(process.execPath, ['-e', child], { input: Buffer.from('héllo\n€ 😀') }));
show('shell pipe', spawnSync('sh', ['-c', `printf 'a\\nb\\n' | "$0" -e "$1"`, process.execPath, child]));
show('question', spawnSync(process.execPath, ['-e', asker], { input: 'Ann\n42\nmore\nlines' }));

const c = spawn(process.execPath, ['-e', child], { stdio: ['pipe', 'pipe', 'inherit'] });
let out = '';
c.stdout.on('data', (d) => { out += d; });
c.on('close', (code) => {
  console.log(`-- spawn chunks (code ${code})`);
  process.stdout.write(out);
});
const chunks = ['fir', 'st\r', '\nsec', 'ond\n', Buffer.from([0xe2, 0x82]), Buffer.from([0xac, 0x0a]), 'tail'];
(function write(i) {
  if (i === chunks.length) {
    c.stdin.end();
    return;
  }
  c.stdin.write(chunks[i], () => write(i + 1));
})(0);
