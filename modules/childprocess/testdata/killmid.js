'use strict';
// A child streaming messages is killed with SIGKILL mid-stream.
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  let i = 0;
  const pump = () => {
    for (let k = 0; k < 100; k++) process.send({ i: i++ });
    setImmediate(pump);
  };
  pump();
  return;
}

const child = fork(__filename, ['child'], { execPath: process.argv[2] || process.execPath });
let got = 0;
let killed;
const events = [];
child.on('message', (m) => {
  if (m.i !== got) throw new Error(`out of order: ${m.i} != ${got}`);
  if (++got === 500) killed = child.kill('SIGKILL');
});
child.on('disconnect', () => events.push('disconnect'));
child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
child.on('close', (code, signal) => {
  // 'disconnect' comes on the tick after EOF, which may be the last event.
  setImmediate(() => process.stdout.write(JSON.stringify({
    killed, events: events.sort(), close: [code, signal], exitCode: child.exitCode,
    signalCode: child.signalCode, childKilled: child.killed, atLeast500: got >= 500,
  }) + '\n'));
});
