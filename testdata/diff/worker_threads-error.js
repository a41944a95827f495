'use strict';
// An uncaught exception in a worker reaches the parent as 'error' (a clone:
// its class, message, stack and own properties), the worker's 'exit'
// listeners run, and the Worker exits with code 1. The parent lives on.
const { Worker, isMainThread, workerData } = require('worker_threads');

if (!isMainThread) {
  // Thrown from a file, so the stack starts as node's does (an eval
  // worker's top-level throw gets node's source-line decoration).
  new Function('require', workerData)(require);
  return;
}

const cases = [
  ['TypeError', `const e = new TypeError('bad thing'); e.code = 'E_BAD'; e.extra = { n: 1 }; throw e;`],
  ['RangeError async', `setTimeout(() => { throw new RangeError('later'); }, 1);`],
  ['custom class', `class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } } throw new MyError('mine');`],
  ['cause', `throw new Error('outer', { cause: new TypeError('inner') });`],
  ['number', `throw 42;`],
  ['string', `throw 'just a string';`],
  ['object', `throw { plain: true, list: [1, 2] };`],
  ['rejection', `Promise.reject(new Error('rejected'));`],
  // (a message posted from the worker's 'exit' listener may or may not
  // arrive in node: it is not tested.)
  ['exit listener', `process.on('exit', (c) => { process.exitCode = 5; }); undefinedFunction();`],
  ['handled', `process.on('uncaughtException', (e) => require('worker_threads').parentPort.postMessage('caught ' + e.message)); throw new Error('handled');`],
  ['missing file', null],
];

function run(i) {
  if (i === cases.length) {
    console.log('parent still fine');
    return;
  }
  const [name, code] = cases[i];
  const w = code === null ?
    new Worker('./no-such-worker-file.js') :
    new Worker(__filename, { workerData: code });
  const seen = [];
  w.on('message', (m) => seen.push('message: ' + m));
  w.on('error', (e) => {
    if (e instanceof Error) {
      seen.push(`error: ${e.constructor.name} name=${e.name} message=${JSON.stringify(e.message)}`);
      seen.push('  stack: ' + String(e.stack).split('\n')[0]);
      seen.push('  own: ' + JSON.stringify(Object.keys(e)) + ' code=' + e.code + ' extra=' + JSON.stringify(e.extra));
      if (e.cause) seen.push('  cause: ' + e.cause.constructor.name + ' ' + e.cause.message);
    } else {
      seen.push('error (not an Error): ' + typeof e + ' ' + JSON.stringify(e));
    }
  });
  w.on('exit', (code) => {
    console.log(`[${name}]`);
    for (const s of seen) console.log(' ', s);
    console.log('  exit', code);
    run(i + 1);
  });
}
run(0);
