'use strict';
// A worker stays alive while parentPort has 'message' listeners and exits
// by itself once the last is removed (or with parentPort.unref()).
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

if (isMainThread) {
  const modes = ['off', 'once', 'unref', 'onmessage'];
  let i = 0;
  const next = () => {
    if (i === modes.length) return;
    const mode = modes[i++];
    const w = new Worker(__filename, { workerData: mode });
    const got = [];
    w.on('message', (m) => {
      got.push(m);
      if (m === 'ready') {
        w.postMessage('first');
        w.postMessage('second');
      }
    });
    w.on('exit', (code) => {
      console.log(mode, 'exit', code, got.join(','));
      next();
    });
  };
  next();
} else {
  const mode = workerData;
  const onMessage = (m) => {
    parentPort.postMessage('got ' + m);
    if (mode === 'off') parentPort.off('message', onMessage);
  };
  if (mode === 'once') {
    parentPort.once('message', onMessage);
  } else if (mode === 'unref') {
    parentPort.on('message', onMessage);
    parentPort.unref();
    // Unref'd, the worker ends once its own work is done.
    setTimeout(() => parentPort.postMessage('timer'), 20);
  } else if (mode === 'onmessage') {
    parentPort.onmessage = (ev) => {
      parentPort.postMessage('event ' + ev.data + ' ' + ev.type);
      parentPort.onmessage = null;
    };
  } else {
    parentPort.on('message', onMessage);
  }
  parentPort.postMessage('ready');
}
