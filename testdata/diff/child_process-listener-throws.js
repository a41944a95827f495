'use strict';
// A 'message' listener that throws: the exception is uncaught (here caught
// by the handler), and the messages that arrived with it in one read are
// still delivered, in order, after it.
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  const seen = [];
  process.on('uncaughtException', (e) => seen.push(`uncaught ${e.message}`));
  process.on('message', (m) => {
    seen.push(`message ${m}`);
    if (m === 2 || m === 4) throw new Error(`listener threw at ${m}`);
    if (m === 5) process.send(seen, () => process.disconnect());
  });
  return;
}

const child = fork(__filename, ['child']);
child.on('message', (seen) => console.log(seen.join('\n')));
child.on('exit', (code) => console.log('child exit', code));
// Sent in one go: they reach the child in one read, as one batch.
for (let i = 1; i <= 5; i++) child.send(i);
