'use strict';
// Exit paths seen by the parent: process.exit(code), kill() with default and
// named signals, SIGKILL, kill(0) probing, kill after exit, bad signals.
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  if (process.argv[3] === 'exit') process.exit(+process.argv[4]);
  process.on('message', () => {});
  process.send('ready');
  return;
}

function run(mode, arg, act) {
  return new Promise((resolve) => {
    const child = fork(__filename, ['child', mode, String(arg)]);
    const events = [];
    child.on('message', () => act(child, events));
    child.on('disconnect', () => events.push('disconnect'));
    child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
    // 'disconnect' follows EOF by a tick and may come after 'close'.
    child.on('close', (code, signal) => setImmediate(() => {
      console.log(mode, arg, events.sort().join(', '), `| close ${code} ${signal}`,
        `| exitCode=${child.exitCode} signalCode=${child.signalCode} killed=${child.killed} connected=${child.connected}`,
        `| kill after exit: ${child.kill()}`);
      resolve();
    }));
  });
}

(async () => {
  await run('exit', 3, () => {});
  await run('exit', 0, () => {});
  await run('wait', 'default', (c, ev) => ev.push(`probe ${c.kill(0)} ${c.killed}`, `kill ${c.kill()}`));
  await run('wait', 'SIGINT', (c, ev) => ev.push(`kill ${c.kill('SIGINT')}`));
  await run('wait', 'SIGKILL', (c, ev) => ev.push(`kill ${c.kill(9)}`));
  await run('wait', 'unknown', (c, ev) => {
    for (const sig of ['SIGNOPE', 1234, -1, 'sigterm']) {
      try {
        ev.push(`kill(${sig}) ${c.kill(sig)}`);
      } catch (e) {
        ev.push(`kill(${sig}) threw ${e.name} ${e.code} ${e.message}`);
      }
    }
  });
})();
