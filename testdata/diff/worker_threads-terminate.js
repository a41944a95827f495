'use strict';
// worker.terminate() stops a busy worker (a JavaScript loop that never
// yields, or a worker waiting on timers); the promise gives the exit code.
const { Worker } = require('worker_threads');

async function main() {
  const busy = new Worker('parentPort.postMessage("spinning"); for (;;) {}', { eval: true });
  await new Promise((resolve) => busy.once('message', resolve));
  const events = [];
  busy.on('exit', (c) => events.push('exit ' + c));
  const id = busy.threadId;
  const code = await busy.terminate();
  console.log('busy terminated with', code, events, 'threadId before', id > 0, 'after', busy.threadId);
  console.log('second terminate', await busy.terminate());

  const idle = new Worker('setInterval(() => {}, 1000); require("worker_threads").parentPort.postMessage("ready")', { eval: true });
  await new Promise((resolve) => idle.once('message', resolve));
  console.log('idle terminated with', await idle.terminate());

  // Terminated before it ever ran.
  const early = new Worker('require("worker_threads").parentPort.postMessage("ran")', { eval: true });
  const exitCode = await early.terminate();
  console.log('early terminated with', exitCode);

  // Messages to a terminated worker are dropped silently.
  busy.postMessage('ignored');
  console.log('done');
}
main();
