'use strict';
// Runs spawn (pipes, ignore, inherit), exec, execFile, spawnSync and a
// failed spawn N times each and reports the parent's open descriptors
// before and after: nothing may leak.
const cp = require('child_process');
const fs = require('fs');

const n = +process.argv[2];
const fds = () => fs.readdirSync('/proc/self/fd').length;
const before = fds();
const steps = [
  (done) => {
    const c = cp.spawn('sh', ['-c', 'cat; echo err >&2'], { stdio: 'pipe' });
    c.stdout.resume();
    c.stderr.resume();
    c.stdin.end('in');
    c.on('close', done);
  },
  (done) => cp.spawn('true', { stdio: ['ignore', 'inherit', 'ignore', 'pipe'] }).on('close', done),
  (done) => cp.exec('echo x', () => done()),
  (done) => cp.execFile('sh', ['-c', 'exit 3'], () => done()),
  (done) => cp.spawn('gonode-no-such-command-xyz').on('error', () => {}).on('close', done),
  (done) => {
    cp.spawnSync('sh', ['-c', 'cat; echo e >&2'], { input: 'abc' });
    cp.spawnSync('gonode-no-such-command-xyz');
    done();
  },
];
let i = 0;
function next() {
  if (i === n * steps.length) {
    process.stdout.write(JSON.stringify({ runs: i, fdsBefore: before, fdsAfter: fds() }) + '\n');
    return;
  }
  steps[i++ % steps.length](() => setImmediate(next));
}
next();
