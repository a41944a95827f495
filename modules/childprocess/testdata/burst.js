'use strict';
// N messages in a burst each way between a parent and a forked child
// (argv[3] is the child's execPath); each side checks completeness and
// order and the parent reports timings.
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  const n = +process.argv[3];
  let expect = 0;
  let ok = true;
  process.on('message', (m) => {
    if (m.i !== expect || m.s !== 'payload-\u00e9') ok = false;
    if (++expect < n) return;
    for (let i = 0; i < n; i++) process.send({ i, s: 'payload-\u00e9' });
    process.send({ done: ok, received: expect }, () => process.disconnect());
  });
  return;
}

const n = +process.argv[2];
const execPath = process.argv[3] || process.execPath;
const t0 = Date.now();
const child = fork(__filename, ['child', String(n)], { execPath });
let got = 0;
let ok = true;
let t1;
child.on('message', (m) => {
  if (m.done !== undefined) {
    const t2 = Date.now();
    process.stdout.write(JSON.stringify({ childOK: m.done, childReceived: m.received, parentOK: ok, parentReceived: got, downMs: t1 - t0, upMs: t2 - t1 }) + '\n');
    return;
  }
  if (got === 0) t1 = Date.now();
  if (m.i !== got || m.s !== 'payload-\u00e9') ok = false;
  got++;
});
for (let i = 0; i < n; i++) child.send({ i, s: 'payload-\u00e9' });
