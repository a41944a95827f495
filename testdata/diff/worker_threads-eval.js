'use strict';
// eval workers, argv, env (a copy by default, an object, or SHARE_ENV),
// workerData, name and environment data.
const wt = require('worker_threads');
const { Worker, SHARE_ENV } = wt;

function run(code, options) {
  return new Promise((resolve) => {
    const w = new Worker(code, { eval: true, ...options });
    const msgs = [];
    w.on('message', (m) => msgs.push(m));
    w.on('error', (e) => msgs.push('error ' + e.message));
    w.on('exit', (code) => resolve({ code, msgs }));
  });
}

async function main() {
  console.log('main', wt.isMainThread, wt.threadId, wt.parentPort, wt.workerData);
  const probe = `
    const wt = require('worker_threads');
    wt.parentPort.postMessage({
      isMainThread: wt.isMainThread, threadIdPositive: wt.threadId > 0, workerData: wt.workerData,
      argv: process.argv.slice(1), execArgvIsArray: Array.isArray(process.execArgv),
      fn: typeof __filename, env: process.env.WT_TEST, env2: process.env.WT_OTHER,
      envData: wt.getEnvironmentData('k'),
    });
  `;
  process.env.WT_TEST = 'from parent';
  wt.setEnvironmentData('k', { v: [1, 2] });
  let r = await run(probe, { argv: ['a', 2, true], workerData: { x: 1 } });
  console.log(r.code, JSON.stringify(r.msgs));
  r = await run(probe, { env: { WT_TEST: 'own', WT_OTHER: 5 } });
  console.log(r.code, JSON.stringify(r.msgs));

  // A worker's process.env is its own copy...
  r = await run(`process.env.WT_TEST = 'changed'; require('worker_threads').parentPort.postMessage(process.env.WT_TEST)`);
  console.log(r.code, JSON.stringify(r.msgs), 'parent sees', process.env.WT_TEST);
  // ...unless it shares the parent's.
  r = await run(`process.env.WT_TEST = 'shared change'; delete process.env.WT_GONE;`, { env: SHARE_ENV });
  process.env.WT_GONE = 'x';
  console.log(r.code, 'parent sees', process.env.WT_TEST);

  r = await run(`const e = require('worker_threads'); e.parentPort.postMessage(typeof e.parentPort.postMessage); 1 + 1`);
  console.log(r.code, JSON.stringify(r.msgs));

  // Bad arguments throw in the parent.
  for (const [f, o] of [['worker.js', {}], [42, {}], ['x', { argv: 'no' }], ['./x.js', { env: 1 }], [{}, { eval: true }], ['file:///x.js', {}]]) {
    try {
      new Worker(f, o);
      console.log('no throw');
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
}
main();
