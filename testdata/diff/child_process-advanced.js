'use strict';
// fork() with serialization: 'advanced' of the running runtime: the child
// sees the channel variables removed; values V8's format keeps and JSON
// loses (undefined, holes, Maps, BigInts in objects, -0, cycles) go both
// ways; send() throws for what cannot be cloned; bad serialization values.
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    if (m === 'env') {
      process.send({ fd: process.env.NODE_CHANNEL_FD, mode: process.env.NODE_CHANNEL_SERIALIZATION_MODE });
      return;
    }
    if (m === 'done') {
      process.disconnect();
      return;
    }
    m.seenByChild = true;
    process.send(m);
  });
  return;
}

for (const serialization of ['bogus', 5, null, '']) {
  try {
    fork(__filename, ['child'], { serialization }).kill();
    console.log('forked with', JSON.stringify(serialization));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const child = fork(__filename, ['child'], { serialization: 'advanced' });
const cyc = { u: undefined, holes: [1, , 3], m: new Map([[1n, -0]]), s: new Set([NaN]), cmd: 'NODE_' };
cyc.me = cyc;
let n = 0;
child.on('message', (m) => {
  if (n++ === 0) {
    console.log('child env', JSON.stringify(m));
    child.send(cyc);
    return;
  }
  console.log('back', m.me === m, 'u' in m, m.u, m.holes.length, 1 in m.holes, m.m.get(1n), Object.is(m.m.get(1n), -0),
    m.s.has(NaN), m.cmd, m.seenByChild);
  child.send('done');
});
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.send('env');
for (const bad of [{ f: function named() {} }, [Symbol('s')], { p: Promise.resolve() }]) {
  try {
    child.send(bad);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
