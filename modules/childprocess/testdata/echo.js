'use strict';
// Interop: the parent forks this file under another runtime (argv[2] is the
// child's execPath) and exchanges messages both ways; who disconnects is
// argv[3] ('parent' or 'child'). The transcript must not depend on which
// runtime is on which side.
const { fork } = require('child_process');
const log = (s) => process.stdout.write(s + '\n');

if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    if (m === 'disconnect-please') {
      process.disconnect();
      return;
    }
    process.send({ echo: m, from: 'child', hasSend: typeof process.send, fd: process.channel.fd });
  });
  process.on('disconnect', () => {
    // The parent sees this child exit 7 only if the child got 'disconnect'.
    process.exitCode = 7;
  });
  return;
}

const [, , execPath, who] = process.argv;
const values = ['text', 42, 1.5, true, null, [1, [2, { three: 3 }]], { s: '\u2028\u00e9\ud83d\ude00', n: -0 }, '\ud800 lone'];
const child = fork(__filename, ['child'], { execPath });
const events = [];
let got = 0;
child.on('message', (m) => {
  log('parent got ' + JSON.stringify(m));
  if (++got < values.length) return;
  if (who === 'parent') child.disconnect();
  else child.send('disconnect-please');
});
child.on('disconnect', () => events.push('disconnect'));
child.on('exit', (code, signal) => {
  events.push(`exit ${code} ${signal}`);
  log(events.sort().join(', '));
});
for (const v of values) child.send(v);
