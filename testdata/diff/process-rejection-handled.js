// A rejection handled after it was reported: 'rejectionHandled' once the
// ticks and microtasks of that turn ran, or a PromiseRejectionHandledWarning
// with the rejection's id when nobody listens.
process.on('unhandledRejection', (r, p) => console.log('UR', r));
process.on('rejectionHandled', (p) => console.log('rejectionHandled', p instanceof Promise));
const p = Promise.reject('a');
setTimeout(() => {
  console.log('before');
  p.catch(() => {});
  console.log('after');
  Promise.resolve().then(() => console.log('microtask'));
  process.nextTick(() => console.log('tick'));
  setTimeout(() => {
    process.removeAllListeners('rejectionHandled');
    process.on('warning', (w) => console.log('warning', w.name, w.message));
    const q = Promise.reject('b');
    setTimeout(() => q.catch(() => {}), 1);
  }, 1);
}, 1);
