'use strict';
// process.exit(n) in a worker ends the worker only, with code n; so does
// process.exitCode; the parent's exit code is its own.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

if (isMainThread) {
  const modes = ['exit3', 'exitCode5', 'natural', 'exitInListener', 'exitNoArg', 'reallyAfterTimer'];
  let i = 0;
  const next = () => {
    if (i === modes.length) {
      console.log('parent exitCode', process.exitCode);
      process.on('exit', (c) => console.log('parent exits with', c));
      return;
    }
    const mode = modes[i++];
    const w = new Worker(__filename, { workerData: mode });
    const msgs = [];
    w.on('message', (m) => msgs.push(m));
    w.on('exit', (code) => {
      console.log(mode, 'exit', code, msgs.join('|'));
      next();
    });
  };
  next();
} else {
  process.on('exit', (c) => parentPort.postMessage('worker exit event ' + c));
  switch (workerData) {
    case 'exit3':
      parentPort.postMessage('before');
      process.exit(3);
      parentPort.postMessage('never');
      break;
    case 'exitCode5':
      process.exitCode = 5;
      break;
    case 'natural':
      setTimeout(() => parentPort.postMessage('timer ran'), 5);
      break;
    case 'exitInListener':
      process.on('exit', () => process.exit(7));
      break;
    case 'exitNoArg':
      process.exitCode = 9;
      process.exit();
      break;
    case 'reallyAfterTimer':
      setTimeout(() => process.exit(4), 2);
      setInterval(() => {}, 1000);
      break;
  }
}
