'use strict';
// A ChildProcess whose emit is replaced: 'message' reaches it only while
// there is a listener; earlier messages wait and are replayed through it.
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.send('a');
  process.send('b');
  process.send({ cmd: 'NODE_GONODE_SYNC' });
  process.on('message', (m) => {
    if (m === 'more') process.send('c');
    else process.disconnect();
  });
  return;
}

const child = fork(__filename, ['child']);
const log = [];
const emit = child.emit;
child.emit = function (event, ...args) {
  if (event === 'message') log.push('emit message ' + JSON.stringify(args[0]));
  return emit.call(this, event, ...args);
};
child.on('internalMessage', (m) => {
  if (m.cmd !== 'NODE_GONODE_SYNC') return;
  log.push('listener added');
  child.on('message', (m) => {
    log.push('got ' + JSON.stringify(m));
    if (m === 'b') child.send('more');
    if (m === 'c') child.send('stop');
  });
});
child.on('close', () => console.log(log.join('\n')));
