// diagnostics_channel: named channels, subscribers, stores and tracing
// channels around sync, callback and promise work.
const dc = require('diagnostics_channel');

const ch = dc.channel('my-channel');
console.log(ch.name, ch.hasSubscribers, dc.hasSubscribers('my-channel'), dc.channel('my-channel') === ch);
const seen = [];
const onMessage = (msg, name) => seen.push([name, msg.n]);
dc.subscribe('my-channel', onMessage);
console.log(ch.hasSubscribers, dc.hasSubscribers('my-channel'));
ch.publish({ n: 1 });
ch.publish({ n: 2 });
console.log(seen, dc.unsubscribe('my-channel', onMessage), dc.unsubscribe('my-channel', onMessage), ch.hasSubscribers);
console.log(ch instanceof dc.Channel, {} instanceof dc.Channel);
const sym = Symbol('s');
console.log(typeof dc.channel(sym).name);
try { dc.channel(42); } catch (e) { console.log(e.code); }
try { ch.subscribe('nope'); } catch (e) { console.log(e.code); }

// A throwing subscriber does not stop the others; its error is uncaught
// on the next tick.
process.once('uncaughtException', (err) => console.log('uncaught:', err.message));
const ch2 = dc.channel('throws');
ch2.subscribe(() => { throw new Error('subscriber failed'); });
ch2.subscribe((m) => console.log('second subscriber got', m));
ch2.publish('x');

// Stores: runStores enters each bound store on the transformed data.
const store = {
  current: undefined,
  run(value, fn) { const prev = this.current; this.current = value; try { return fn(); } finally { this.current = prev; } },
};
const ch3 = dc.channel('stores');
ch3.bindStore(store, (data) => ({ wrapped: data }));
console.log(ch3.hasSubscribers);
const out = ch3.runStores('d', function (a, b) { return [this.t, a, b, store.current]; }, { t: 'this' }, 1, 2);
console.log(JSON.stringify(out), store.current, ch3.unbindStore(store), ch3.unbindStore(store));

// Tracing channels.
const tc = dc.tracingChannel('op');
console.log(tc.hasSubscribers, tc.start.name, tc.asyncEnd.name);
const events = [];
const handlers = {};
for (const ev of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[ev] = (ctx) => events.push(`${ev}:${'result' in ctx ? ctx.result : ''}:${ctx.error ? ctx.error.message : ''}`);
}
tc.subscribe(handlers);
console.log(tc.hasSubscribers);
console.log(tc.traceSync((a, b) => a + b, { id: 1 }, null, 2, 3));
try { tc.traceSync(() => { throw new Error('sync boom'); }, {}); } catch (e) { console.log('threw', e.message); }
console.log(events.splice(0));
tc.traceCallback((x, cb) => setImmediate(() => cb(null, x * 2)), -1, {}, null, 21, (err, v) => {
  console.log('callback', err, v, events.splice(0));
  tc.tracePromise(async (v) => v + 1, {}, null, 41).then((v) => {
    console.log('promise', v, events.splice(0));
    return tc.tracePromise(async () => { throw new Error('async boom'); }, {});
  }).catch((e) => {
    console.log('rejected', e.message, events.splice(0));
    console.log('unsubscribed', tc.unsubscribe(handlers), tc.hasSubscribers, tc.traceSync(() => 'plain'));
  });
});
try { tc.traceCallback(() => {}, -1, {}, null, 'not a function'); } catch (e) { console.log(e.code); }
try { dc.tracingChannel(5); } catch (e) { console.log(e.code); }
