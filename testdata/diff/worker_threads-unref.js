'use strict';
// An unref'd Worker does not keep its parent alive: the parent exits while
// the worker still runs (an interval and a parentPort listener), and the
// worker is stopped with it.
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', (m) => {
    console.log('worker says', m);
    w.unref();
    // A ref'd timer shorter than nothing: the process must end once it
    // has run, with the worker still alive.
    setTimeout(() => console.log('parent timer ran; exiting with the worker alive'), 10);
  });
  w.on('exit', (c) => console.log('worker exit event (not expected)', c));
  process.on('exit', (c) => console.log('parent exit', c));
} else {
  setInterval(() => {}, 1000);
  parentPort.on('message', () => {});
  parentPort.postMessage('running');
}
