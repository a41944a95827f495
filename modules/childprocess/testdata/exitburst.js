'use strict';
// A child sends argv[2] small messages in one macrotask and calls
// process.exit() at once; the parent reports how many arrived and whether in
// order. gonode gathers such sends into one write, flushed at exit, so all
// arrive (node writes one socket buffer's worth of messages and drops the
// rest, since each of its writes costs a kernel buffer of its own).
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  const n = +process.argv[3];
  for (let i = 0; i < n; i++) process.send(i);
  process.exit(0);
}

const child = fork(__filename, ['child', process.argv[2]]);
let got = 0;
let inOrder = true;
child.on('message', (m) => {
  if (m !== got) inOrder = false;
  got++;
});
child.on('close', (code) => {
  process.stdout.write(JSON.stringify({ got, inOrder, code }) + '\n');
});
