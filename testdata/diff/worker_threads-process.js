'use strict';
// In a worker: isMainThread, threadId, parentPort; what process may not do
// there (chdir, abort, setting the umask throw ERR_WORKER_UNSUPPORTED_OPERATION);
// signal listeners are accepted; stdout from a worker reaches the parent's.
const wt = require('worker_threads');

if (wt.isMainThread) {
  console.log('main', wt.isMainThread, wt.threadId, wt.parentPort, wt.workerData, wt.resourceLimits);
  const w = new wt.Worker(__filename, { workerData: 'data', name: 'probe', resourceLimits: { maxOldGenerationSizeMb: 64 } });
  w.on('message', (m) => console.log(JSON.stringify(m)));
  w.on('exit', (c) => {
    console.log('exit', c);
    const w2 = new wt.Worker('console.log("worker stdout line"); console.error("worker stderr line")', { eval: true });
    w2.on('exit', (c2) => console.log('second exit', c2));
  });
} else {
  const out = { isMainThread: wt.isMainThread, threadIdNumber: typeof wt.threadId, workerData: wt.workerData,
    parentPortType: typeof wt.parentPort.postMessage, limits: wt.resourceLimits.maxOldGenerationSizeMb };
  for (const [name, f] of [['chdir', () => process.chdir('/')], ['abort', () => process.abort()],
    ['umask set', () => process.umask(0o22)], ['umask get', () => typeof process.umask()]]) {
    try {
      out[name] = f();
    } catch (e) {
      out[name] = `${e.name} ${e.code} ${e.message}`;
    }
  }
  process.on('SIGINT', () => {});
  process.removeAllListeners('SIGINT');
  out.cwd = process.cwd() === require('path').resolve('.');
  wt.parentPort.postMessage(out);
}
