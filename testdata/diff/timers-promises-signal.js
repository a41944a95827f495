// timers/promises: argument checks (rejections, not throws), setInterval's
// AbortSignal ending the iteration, and a pre-aborted signal.
const tp = require('timers/promises');
(async () => {
  for (const [d, o] of [['x', {}], [1, null], [1, []], [1, 'x'], [1, { signal: 'bad' }], [1, { signal: null }], [1, { ref: 1 }], [undefined, {}]]) {
    try { console.log('ok', await tp.setTimeout(d, 'v', o)); } catch (e) { console.log(e.code, e.message); }
  }
  for (const o of [null, { ref: 'x' }, { signal: 5 }]) {
    try { console.log('ok', await tp.setImmediate('i', o)); } catch (e) { console.log(e.code, e.message); }
    const it = tp.setInterval(1, 'v', o);
    try { console.log('ok', await it.next()); } catch (e) { console.log(e.code, e.message); }
  }
  const ac = new AbortController();
  const it = tp.setInterval(5, 'v', { signal: ac.signal });
  console.log('first', await it.next());
  ac.abort();
  try { console.log('second', await it.next()); } catch (e) { console.log('rejected', e.name, e.code); }
  console.log('third', await it.next());
  const ac2 = new AbortController();
  const it2 = tp.setInterval(5, 'w', { signal: ac2.signal });
  const pending = it2.next();
  ac2.abort('why');
  try { await pending; } catch (e) { console.log('pending rejected', e.name, e.cause); }
  const ac3 = new AbortController(); ac3.abort();
  try { await tp.setInterval(5, 'x', { signal: ac3.signal }).next(); } catch (e) { console.log('pre-aborted', e.name); }
  const loop = tp.setInterval(2, 'loop'); console.log((await loop.next()).value); await loop.return();
  console.log('done');
})();
