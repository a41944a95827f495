'use strict';
// Delivery rules: user messages that arrive before a 'message' listener are
// buffered and replayed in order; internal messages (cmd 'NODE_...') go to
// 'internalMessage' only; send() callbacks and return values.
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.send('first');
  process.send({ cmd: 'NODE_GONODE_TEST', n: 1 });
  process.send({ cmd: 'NODE_', n: 2 });
  process.send({ cmd: 'NODE_X', n: 3 });
  process.send('second', (err) => {
    process.send({ callbackErr: err });
    // Internal messages are never buffered: this one tells the parent that
    // everything above is waiting for a 'message' listener.
    process.send({ cmd: 'NODE_GONODE_SYNC' });
    process.on('message', (m) => {
      if (m === 'stop') process.disconnect();
      else process.send({ echo: m });
    });
  });
  return;
}

const child = fork(__filename, ['child']);
const log = [];
let late = false;
child.on('internalMessage', (m) => {
  log.push('internal ' + JSON.stringify(m));
  if (m.cmd !== 'NODE_GONODE_SYNC') return;
  log.push('listener added');
  child.on('message', (m) => {
    log.push('message ' + JSON.stringify(m) + (late ? '' : ' (replayed)'));
    if (m && m.callbackErr !== undefined) {
      late = true;
      const r = [];
      r.push(child.send('a', (err) => log.push('cb a ' + err)));
      r.push(child.send({ b: [1, 2] }));
      log.push('send returns ' + r.join(','));
    }
    if (m && m.echo && m.echo.b) child.send('stop');
  });
});
child.on('exit', (code) => {
  log.push('exit ' + code);
});
child.on('close', () => console.log(log.join('\n')));
