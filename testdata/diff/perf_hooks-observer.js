// PerformanceObserver: entry types, buffered delivery, takeRecords,
// disconnect, delivery in an immediate (after ticks and promises, in order
// with other immediates), argument errors; timerify's 'function' entries.
const { inspect } = require('util');
const { PerformanceObserver, PerformanceObserverEntryList, performance } = require('perf_hooks');
// A time is masked also when it happens to be a whole number of ms (times
// are in whole microseconds here: one in a thousand is).
const mask = (s) => s.replace(/\d+\.\d+(e-?\d+)?/g, 'N').replace(/(startTime|duration): \d+\b/g, '$1: N');
const show = (v) => console.log(mask(inspect(v)));
const err = (fn) => { try { fn(); console.log('no error'); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } };

console.log(PerformanceObserver.supportedEntryTypes, Object.isFrozen(PerformanceObserver.supportedEntryTypes));
const names = (list) => list.getEntries().map((e) => `${e.entryType}:${e.name}`).join(' ');

performance.mark('early');
const order = [];
const o1 = new PerformanceObserver((list, observer) => {
  order.push('o1');
  console.log('o1', names(list), observer === o1, list instanceof PerformanceObserverEntryList);
  console.log('o1 byType', list.getEntriesByType('measure').length, 'byName', list.getEntriesByName('x').length, list.getEntriesByName('x', 'measure').length);
  show(list);
});
show(o1);
o1.observe({ entryTypes: ['mark', 'measure', 'bogus'] });
show(o1);
const o2 = new PerformanceObserver((list) => { order.push('o2'); console.log('o2', names(list)); });
o2.observe({ type: 'mark', buffered: true });
const o3 = new PerformanceObserver(() => { console.log('o3 must not be called'); });
o3.observe({ type: 'mark' });
o3.disconnect();
const o4 = new PerformanceObserver((list) => { console.log('o4 called with', list.getEntries()); });
o4.observe({ type: 'measure' });

setImmediate(() => order.push('immediate before'));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('promise'));

performance.mark('x', { startTime: 5 });
performance.measure('x', { start: 1, end: 2 });
performance.mark('y');
show(o1);
console.log(performance.getEntriesByName('x').map((e) => [e.entryType, e.startTime, e.duration]));
const records = o4.takeRecords();
console.log('o4 took', Array.isArray(records), records.map((e) => e.name), o4.takeRecords());
setImmediate(() => {
  order.push('immediate after');
  console.log(order.join(', '));
  const f = performance.timerify(function add(a, b) { return a + b; });
  console.log(f.name, f.length, f(1, 2), Object.keys(f));
  const fo = new PerformanceObserver((list, observer) => {
    const [e] = list.getEntries();
    show(e);
    console.log(e.constructor.name, e.detail, Object.keys(e), e.name, e.entryType, e.duration >= 0);
    observer.disconnect();
    const t = performance.timerify(async function later() { return 'v'; });
    const ao = new PerformanceObserver((l, obs) => { console.log('async entry', l.getEntries()[0].name); obs.disconnect(); });
    ao.observe({ entryTypes: ['function'] });
    t().then((v) => console.log('async result', v));
    const K = performance.timerify(class K { constructor(v) { this.v = v; } });
    console.log(new K(3).v);
  });
  fo.observe({ type: 'function' });
  f(3, 4);
});

err(() => new PerformanceObserver(1));
err(() => o1.observe());
err(() => o1.observe({}));
err(() => o1.observe(1));
err(() => o1.observe({ type: 'mark' }));
err(() => o2.observe({ entryTypes: ['mark'] }));
err(() => new PerformanceObserver(() => {}).observe({ entryTypes: 'mark' }));
err(() => performance.timerify(1));
err(() => performance.timerify(() => {}, 1));
err(() => performance.timerify(() => {}, { histogram: 1 }));
err(() => PerformanceObserverEntryList.prototype.getEntries.call({}));
const bogus = new PerformanceObserver(() => {});
bogus.observe({ type: 'bogus' });
show(bogus);
