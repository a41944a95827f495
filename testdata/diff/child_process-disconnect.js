'use strict';
// disconnect() from either side, in the order its events come: the child
// disconnecting itself after sending, the parent disconnecting a child
// that listens for messages, a second disconnect() in the child, and the
// state (connected, channel) each side sees before and after.
const { fork } = require('child_process');

if (process.argv[2] === 'self') {
  process.on('disconnect', () => {
    console.log('child: disconnect event', process.connected, process.channel === undefined);
    process.once('error', (e) => console.log('child: second disconnect', e.code, e.message));
    process.disconnect();
  });
  process.send('one');
  process.send('two');
  process.disconnect();
  console.log('child: after disconnect()', process.connected, process.channel === undefined);
  return;
}
if (process.argv[2] === 'chatty') {
  process.on('message', () => {});
  process.on('disconnect', () => console.log('chatty: disconnect event', process.connected));
  process.send({ i: 0 });
  return;
}

const log = [];
const self = fork(__filename, ['self'], { stdio: 'inherit' });
self.on('message', (m) => log.push(`message ${m}`));
self.on('disconnect', () => log.push(`disconnect ${self.connected} ${self.channel}`));
self.on('exit', (code) => {
  log.push(`exit ${code}`);
  console.log('parent of self:', log.join(', '));
  const chatty = fork(__filename, ['chatty'], { stdio: 'inherit' });
  const seen = [];
  chatty.on('message', (m) => {
    seen.push(m.i);
    if (m.i === 0) {
      chatty.disconnect();
      seen.push(`connected ${chatty.connected}`);
    }
  });
  chatty.on('disconnect', () => seen.push('disconnect'));
  chatty.on('exit', (c) => {
    seen.push(`exit ${c}`);
    console.log('parent of chatty:', seen.join(', '));
  });
});
