'use strict';
// When does a forked child exit on its own? Only while nothing keeps its
// channel ref'd (NODE-IPC.md §1.3): 'message'/'disconnect' listeners and
// channel.ref() keep it until the parent disconnects; channel.unref() frees it.
const { fork } = require('child_process');

const bodies = {
  nothing: '',
  internal: "process.on('internalMessage', () => {});",
  addRemove: "const f = () => {}; process.on('message', f); process.removeListener('message', f);",
  message: "process.on('message', () => {});",
  disconnect: "process.on('disconnect', () => {});",
  ref: 'process.channel.ref();',
  messageUnref: "process.on('message', () => {}); process.channel.unref();",
  once: "process.once('message', (m) => process.send('got ' + m));",
};
if (process.argv[2] === 'child') {
  new Function('process', bodies[process.argv[3]])(process);
  process.send('up');
  return;
}

const names = Object.keys(bodies);
function next(i) {
  if (i === names.length) return;
  const name = names[i];
  const child = fork(__filename, ['child', name]);
  let exited = false;
  let stoppedByParent = false;
  child.on('message', (m) => {
    if (m !== 'up') return;
    if (name === 'once') child.send('ping');
    // A child that keeps running is still there a second after it set up;
    // the parent then closes the channel, which lets it exit.
    setTimeout(() => {
      if (!exited && child.connected) {
        stoppedByParent = true;
        child.disconnect();
      }
    }, 1000);
  });
  // 'exit', not 'close': after the parent's own disconnect() node never
  // emits 'close' (nodejs/node#19433).
  child.on('exit', (code) => {
    exited = true;
    console.log(name, 'exit', code, 'by', stoppedByParent ? 'parent disconnect' : 'itself');
    setImmediate(next, i + 1);
  });
}
next(0);
