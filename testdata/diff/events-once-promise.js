// events.once() resolves with the argument array, rejects on 'error'.
const EventEmitter = require('events');
const { once } = EventEmitter;
const e = new EventEmitter();
(async () => {
  setTimeout(() => e.emit('ready', 1, 2), 1);
  const args = await once(e, 'ready');
  console.log('ready', args.join(','), e.listenerCount('ready'), e.listenerCount('error'));
  setTimeout(() => e.emit('error', new Error('nope')), 1);
  try {
    await once(e, 'never');
  } catch (err) {
    console.log('rejected', err.message, e.listenerCount('never'), e.listenerCount('error'));
  }
  setTimeout(() => e.emit('error', new Error('as-value')), 1);
  const [err] = await once(e, 'error');
  console.log('error as event', err.message);
  const ac = new AbortController();
  const p = once(e, 'x', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (er) { console.log('abort', er.name, er.code, e.listenerCount('x')); }
})();
