'use strict';
// Forks up to argv[2] children one after another (each sends one message and
// exits), stopping early after argv[3] ms, then reports whether the parent's
// open descriptors and children are back to where they started: no leaked fd,
// no zombie. With argv[4] 'sh' the child is forkchild.sh run by /bin/sh (a
// child that starts in about a millisecond, speaking the wire protocol);
// otherwise it is this script under the same runtime.
// The child is tiny: it loads nothing but child_process.
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.send('hi');
  return;
}

const fs = require('fs');
const max = +process.argv[2];
const budget = +process.argv[3];
const shChild = process.argv[4] === 'sh';
const fds = () => fs.readdirSync('/proc/self/fd').length;
// children lists this process's children (zombies included) from /proc.
function children() {
  const out = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, 'latin1');
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (+fields[1] === process.pid) out.push(`${name}:${fields[0]}`);
  }
  return out;
}

const before = fds();
const t0 = Date.now();
let messages = 0;
function next(i) {
  if (i === max || Date.now() - t0 > budget) {
    process.stdout.write(JSON.stringify({ n: i, messages, fdsBefore: before, fdsAfter: fds(), children: children(), ms: Date.now() - t0 }) + '\n');
    return;
  }
  const child = shChild
    ? fork(`${__dirname}/forkchild.sh`, ['child'], { execPath: '/bin/sh', execArgv: [] })
    : fork(__filename, ['child']);
  child.on('message', () => messages++);
  child.on('close', (code) => {
    if (code !== 0) throw new Error(`child ${i} exited with ${code}`);
    next(i + 1);
  });
}
next(0);
