'use strict';
// A child streams numbered messages of pseudo-random sizes (so that the
// kill lands inside frames too); the parent kills it with SIGKILL once it
// has received KILL_AT messages, and reports what it saw.
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  let i = 0;
  let x = Number(process.argv[3]);
  const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pump = () => {
    for (let k = 0; k < 16; k++) process.send({ i: i++, pad: 'x'.repeat(Math.floor(rnd() * rnd() * 65536)) });
    setImmediate(pump);
  };
  pump();
  return;
}

const [execPath, killAt] = [process.argv[2], Number(process.argv[3])];
const child = fork(__filename, ['child', String(killAt)], { execPath });
let got = 0;
let outOfOrder = null;
let killed;
const events = [];
child.on('message', (m) => {
  if (m.i !== got && outOfOrder === null) outOfOrder = `${m.i} after ${got - 1}`;
  if (++got === killAt) killed = child.kill('SIGKILL');
});
child.on('error', (err) => events.push(`error ${err.code}`));
child.on('disconnect', () => events.push('disconnect'));
child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
child.on('close', (code, signal) => setImmediate(() => console.log(JSON.stringify({
  got, outOfOrder, killed, events: events.sort(), close: [code, signal], signalCode: child.signalCode,
}))));
