// perf_hooks user timing: performance.now/timeOrigin, marks and measures in
// node's argument forms, the entry buffers, their errors and inspect shapes
// (times masked).
const { inspect } = require('util');
const ph = require('perf_hooks');
// A time is masked also when it happens to be a whole number of ms (times
// are in whole microseconds here: one in a thousand is).
const timeKeys = /(startTime|duration|nodeStart|v8Start|bootstrapComplete|environment|timeOrigin): \d+\b/g;
const mask = (s) => s.replace(/\d+\.\d+(e-?\d+)?/g, 'N').replace(timeKeys, '$1: N');
const show = (v) => console.log(mask(inspect(v)));
const err = (fn) => { try { fn(); console.log('no error'); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message), e instanceof DOMException); } };

console.log(typeof performance, performance === ph.performance, performance instanceof EventTarget, performance instanceof ph.Performance);
console.log(Object.keys(globalThis).includes('performance'), Object.keys(globalThis).includes('PerformanceMark'));
for (const n of ['PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming', 'Performance']) {
  console.log(n, globalThis[n] === ph[n], ph[n].length, ph[n].prototype[Symbol.toStringTag]);
}
console.log(Object.keys(ph));
const t0 = performance.now(); const t1 = performance.now();
console.log(typeof t0, t0 > 0, t1 >= t0, Math.abs(performance.timeOrigin + t1 - Date.now()) < 1000);
console.log(Object.keys(performance), Object.prototype.toString.call(performance), String(performance));
console.log(Object.keys(Object.getPrototypeOf(performance)));

const a = performance.mark('a', { detail: { x: [1, 2] } });
show(a);
console.log(a instanceof ph.PerformanceMark, a instanceof ph.PerformanceEntry, a.duration, a.detail, JSON.stringify(Object.keys(a.toJSON())));
const d = { q: 1 }; const dm = performance.mark('d', { detail: d }); console.log(dm.detail !== d, dm.detail.q, dm.detail === dm.detail);
const b = performance.mark('b', { startTime: 1 });
console.log(b.startTime, performance.mark('c').startTime >= a.startTime);
const m1 = performance.measure('m1', 'b', 'a');
console.log(m1.startTime === 1, m1.duration === a.startTime - 1, m1.detail);
const m2 = performance.measure('m2', { start: 1, duration: 2, detail: 'd' });
console.log(m2.startTime, m2.duration, m2.detail);
const m3 = performance.measure('m3', 2, 5); show(m3); console.log(m3.startTime, m3.duration);
console.log(performance.measure('m4', { end: 5 }).startTime, performance.measure('m5', { start: 'b', end: 'a' }).startTime);
console.log(performance.measure('m6', 'nodeStart', 'a').startTime === performance.nodeTiming.nodeStart);
const m7 = performance.measure('m7', { duration: 5 }); console.log(m7.startTime, m7.duration > a.startTime);
console.log(performance.measure('m9', {}).startTime, performance.measure('m10', null).startTime, performance.measure('m11', undefined, 'a').startTime);
console.log(performance.measure('m12', 'a').duration >= 0);
// m6 starts at nodeStart, whose distance from the time origin varies: left out of orderings.
console.log(performance.getEntries().filter((e) => e.name !== 'm6').map((e) => `${e.entryType}:${e.name}`).join(' '));
console.log(performance.getEntriesByType('measure').length, performance.getEntriesByName('a').length, performance.getEntriesByName('a', 'mark').length, performance.getEntriesByType('node'), performance.getEntriesByType('resource'));
const direct = new ph.PerformanceMark('direct', { detail: 5 });
console.log(direct.detail, performance.getEntriesByName('direct').length);

err(() => performance.measure('q', 'nope'));
err(() => performance.measure(1));
err(() => performance.mark());
err(() => performance.mark('nodeStart'));
err(() => performance.mark('x', { startTime: -1 }));
err(() => performance.mark('x', { startTime: '1' }));
err(() => performance.mark('x', 5));
err(() => performance.mark('x', { detail: () => {} }));
err(() => performance.measure('x', { start: 'a' }, 'b'));
err(() => performance.measure('x', { start: 1, end: 2, duration: 1 }));
err(() => performance.measure('x', { start: -1 }));
err(() => performance.getEntriesByName());
err(() => performance.getEntriesByType());
err(() => performance.clearMarks('nodeStart'));
err(() => new ph.PerformanceEntry());
err(() => new ph.PerformanceMeasure());
err(() => new ph.Performance());
err(() => new ph.PerformanceObserverEntryList());
err(() => performance.now.call({}));
err(() => Object.getOwnPropertyDescriptor(ph.PerformanceEntry.prototype, 'name').get.call({}));
err(() => Object.getOwnPropertyDescriptor(ph.PerformanceMark.prototype, 'detail').get.call({}));

performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
err(() => performance.measure('x', 'a'));
performance.clearMarks(); performance.clearMeasures('m1');
console.log(performance.getEntries().map((e) => e.name).filter((n) => n !== 'm6'));
performance.clearMeasures(); performance.clearResourceTimings();
console.log(performance.getEntries());

show(performance);
show(performance.nodeTiming);
console.log(inspect(performance, { depth: 0 }), inspect({ p: performance }, { depth: 0 }));
const nt = performance.nodeTiming;
console.log(Object.keys(nt), nt instanceof ph.PerformanceEntry, nt.constructor.name);
console.log(nt.startTime, nt.nodeStart > 0, nt.nodeStart <= nt.v8Start, nt.v8Start <= nt.environment, nt.environment <= nt.bootstrapComplete, nt.bootstrapComplete < nt.duration);
console.log(nt.loopStart, nt.loopExit, nt.idleTime, Object.keys(nt.uvMetricsInfo));
const j = performance.toJSON();
console.log(Object.keys(j), j.nodeTiming === nt, j.timeOrigin === performance.timeOrigin, j.eventLoopUtilization);
console.log(JSON.stringify(JSON.parse(JSON.stringify(performance)).eventLoopUtilization));
