'use strict';
// Messages between a worker and its parent arrive in order, both ways,
// interleaved with the worker's own messages.
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const w = new Worker(__filename);
  const got = [];
  let next = 0;
  const N = 200;
  w.on('online', () => console.log('online'));
  w.on('message', (m) => {
    got.push(m);
    if (m.type === 'pong') {
      if (m.n !== next) console.log('out of order', m.n, next);
      next++;
      if (next < N) w.postMessage({ type: 'ping', n: next });
      else w.postMessage({ type: 'done' });
    }
  });
  w.on('exit', (code) => {
    const pongs = got.filter((m) => m.type === 'pong').length;
    const ticks = got.filter((m) => m.type === 'tick').map((m) => m.i);
    console.log('exit', code, 'pongs', pongs, 'ticks in order', ticks.every((v, i) => v === i), ticks.length);
    console.log('last', JSON.stringify(got[got.length - 1]));
  });
  w.postMessage({ type: 'ping', n: 0 });
  // A burst from the parent: the worker echoes the sum, so any loss or
  // reordering shows.
  for (let i = 0; i < 50; i++) w.postMessage({ type: 'burst', i });
} else {
  let burst = [];
  let ticks = 0;
  parentPort.on('message', (m) => {
    if (m.type === 'ping') {
      parentPort.postMessage({ type: 'pong', n: m.n });
      if (ticks < 20) parentPort.postMessage({ type: 'tick', i: ticks++ });
    } else if (m.type === 'burst') {
      burst.push(m.i);
      if (burst.length === 50) {
        parentPort.postMessage({ type: 'burst', inOrder: burst.every((v, i) => v === i) });
      }
    } else if (m.type === 'done') {
      parentPort.postMessage({ type: 'bye', burst: burst.length });
      parentPort.close();
    }
  });
}
