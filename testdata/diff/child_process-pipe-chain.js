'use strict';
// One child's output stream as the next child's stdin: cat | grep | wc.
// The children get blocking descriptors (grep and wc fail with EAGAIN on a
// nonblocking one), and the parent neither reads nor flushes a stream it
// handed on, so no byte is lost between the children.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipe-chain-'));
const file = path.join(dir, 'data.txt');
const buf = Buffer.alloc(1 << 20, 'x');
for (let i = 0; i < 1024; i++) buf[i * 1024] = 10;
fs.writeFileSync(file, buf);

const cat = spawn('cat', [file]);
const grep = spawn('grep', ['x'], { stdio: [cat.stdout, 'pipe', 'pipe'] });
const wc = spawn('wc', ['-c'], { stdio: [grep.stdout, 'pipe', 'pipe'] });
cat.stdout._handle.readStart = () => { throw new Error('the parent read a stream it handed on'); };
console.log('handed-on stream paused', cat.stdout.isPaused(), cat.stdout.readableFlowing);

const exits = [];
let closed = 0;
let out = '';
for (const [name, child] of [['cat', cat], ['grep', grep], ['wc', wc]]) {
  child.stderr.on('data', (d) => console.log(`${name} stderr: ${d}`));
  // cat's and grep's output streams were handed on and stay open here, so
  // they never 'close': their 'exit' is awaited instead.
  child.on(child === wc ? 'close' : 'exit', (code) => {
    exits.push(`${name} ${code}`);
    if (++closed < 3) return;
    console.log('wc counted', out.trim());
    console.log('exits', exits.sort());
    fs.rmSync(dir, { recursive: true });
  });
}
wc.stdout.on('data', (d) => { out += d; });
