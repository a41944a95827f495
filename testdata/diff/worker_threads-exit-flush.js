'use strict';
// Everything a worker posts before process.exit() (or before it throws,
// or before it ends naturally) reaches the parent, in order, before 'exit'.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

const N = 2000;
if (isMainThread) {
  const modes = ['exit', 'throw', 'natural'];
  let i = 0;
  const next = () => {
    if (i === modes.length) return;
    const mode = modes[i++];
    const w = new Worker(__filename, { workerData: mode });
    const got = [];
    w.on('message', (m) => got.push(m));
    w.on('error', (e) => got.push('error ' + e.message));
    w.on('exit', (code) => {
      const nums = got.filter((m) => typeof m === 'number');
      const inOrder = nums.every((v, k) => v === k);
      console.log(mode, 'exit', code, 'received', nums.length, 'in order', inOrder, // (when 'error' comes relative to the messages varies in node)
      'others', got.filter((m) => typeof m !== 'number').map((m) => JSON.stringify(m)).sort());
      next();
    });
  };
  next();
} else {
  for (let k = 0; k < N; k++) parentPort.postMessage(k);
  parentPort.postMessage({ big: 'x'.repeat(100000).length });
  if (workerData === 'exit') process.exit(0);
  if (workerData === 'throw') throw new Error('after posting');
}
