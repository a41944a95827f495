'use strict';
// fork() of the running runtime: messages of every JSON shape both ways,
// child-side disconnect, and the parent's event order.
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    if (m === 'done') {
      process.send('bye', () => process.disconnect());
      return;
    }
    process.send({ echo: m, type: typeof m });
  });
  process.on('disconnect', () => console.log('child: disconnect event (not printed by parent run)'));
  return;
}

const values = [
  'plain', '', 'uni \u00e9\u4e2d\ud83d\ude00', 'sep \u2028 \u2029', 42, -0, 3.25, 1e21, NaN, Infinity, true, false, null,
  [1, 'two', [3], { four: 4 }, undefined, () => 1], { a: undefined, f() {}, b: 1, nested: { deep: [null, 0] } },
  Buffer.from('ab'), new Map([[1, 2]]), new Date(0), { toJSON() { return 'custom'; } }, '\u0000ctrl\u001f',
  { cmd: 'NODE_' }, { cmd: 'node_x' }, { cmd: 5 },
];
const child = fork(__filename, ['child'], { stdio: ['inherit', 'ignore', 'inherit', 'ipc'] });
const events = [];
let i = 0;
child.on('message', (m) => {
  if (m === 'bye') {
    events.push('bye');
    return;
  }
  console.log(i++, JSON.stringify(m));
});
child.on('internalMessage', (m) => events.push('internal ' + JSON.stringify(m)));
child.on('disconnect', () => events.push('disconnect connected=' + child.connected));
child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
child.on('close', (code, signal) => setImmediate(() => {
  // 'exit' and EOF race (SIGCHLD vs EOF), and 'disconnect' follows EOF by a
  // tick, so it may even come after 'close'.
  console.log(events.sort().join('\n'));
  console.log(`close ${code} ${signal}`);
  console.log('exitCode', child.exitCode, 'signalCode', child.signalCode, 'killed', child.killed);
}));
console.log('connected', child.connected, 'pid', typeof child.pid, 'spawnfile', child.spawnfile === process.execPath);
console.log('spawnargs', JSON.stringify(child.spawnargs.slice(-2)), 'stdio', JSON.stringify(child.stdio));
for (const v of values) child.send(v);
child.send('done');
