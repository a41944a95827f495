// perf_hooks histograms (createHistogram's HdrHistogram statistics, exact for
// chosen values; monitorEventLoopDelay's sampler) and eventLoopUtilization
// before, during and after the event loop.
const { inspect } = require('util');
const { createHistogram, monitorEventLoopDelay, performance, constants } = require('perf_hooks');
const err = (fn) => { try { fn(); console.log('no error'); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } };

const h = createHistogram();
console.log(h, h.constructor.name, Object.getPrototypeOf(Object.getPrototypeOf(h)).constructor.name);
console.log(h.toJSON(), h.count, h.min, h.minBigInt, h.max, h.percentile(50));
for (const v of [1, 5, 5, 100]) h.record(v);
console.log(h);
console.log(h.percentile(50), h.percentile(99), h.percentile(100), h.percentileBigInt(100), h.percentiles, h.percentilesBigInt);
console.log(h.count, h.countBigInt, h.min, h.minBigInt, h.max, h.maxBigInt, h.mean, h.stddev, h.exceeds, h.exceedsBigInt);
console.log(JSON.stringify(h));
const q = createHistogram();
for (const v of [1, 2, 3, 4]) q.record(v);
console.log(q.percentile(30), q.percentile(37.5), q.percentile(12.5), q.percentile(0.001), q.percentiles);
const g = createHistogram();
g.record(1000001); g.record(3000001); g.record(12345678901n);
console.log(g.min, g.max, g.mean, g.stddev, g.percentiles, g.percentile(50), g.percentile(100));
const k = createHistogram({ highest: 10 });
k.record(100); k.record(5000); k.record(3);
console.log(k.count, k.exceeds, k.max);
const few = createHistogram({ figures: 1, lowest: 4 });
for (const v of [4, 17, 33, 1000, 77777]) few.record(v);
console.log(few.min, few.max, few.mean, few.percentiles);
const sum = createHistogram(); sum.record(7); sum.add(h); sum.add(k);
console.log(sum.count, sum.min, sum.max, sum.exceeds, sum.mean);
sum.reset(); console.log(sum.count, sum.min, sum.max, sum.exceeds, sum.percentiles);
const rd = createHistogram(); rd.recordDelta(); console.log(rd.count); rd.recordDelta(); console.log(rd.count, rd.min > 0);

err(() => createHistogram(1));
err(() => createHistogram({ lowest: 0 }));
err(() => createHistogram({ highest: 1 }));
err(() => createHistogram({ figures: 6 }));
err(() => h.record(0));
err(() => h.record(1.5));
err(() => h.record('1'));
err(() => h.percentile(0));
err(() => h.percentile(101));
err(() => h.percentile('5'));
err(() => h.add(1));
err(() => monitorEventLoopDelay({ resolution: 0 }));
err(() => monitorEventLoopDelay(1));

console.log(constants.NODE_PERFORMANCE_GC_MAJOR, Object.keys(constants).length);
console.log('main', performance.eventLoopUtilization(), performance.nodeTiming.loopStart, performance.eventLoopUtilization({ idle: 1, active: 2 }, { idle: 0, active: 1 }));

const m = monitorEventLoopDelay({ resolution: 5 });
console.log(m.constructor.name, m.count, m.enable(), m.enable());
const t = createHistogram();
const timed = performance.timerify(function work() { return 1; }, { histogram: t });
timed(); timed();
console.log('timerify histogram', t.count, t.min >= 1);
const u0 = performance.eventLoopUtilization();
// Wait (a condition, polled) until the monitor has samples.
(function poll() {
  if (m.count < 3) return setTimeout(poll, 5);
  const u1 = performance.eventLoopUtilization();
  const d = performance.eventLoopUtilization(u1, u0);
  console.log('loop', Object.keys(u1), u1.idle > 0, u1.active > 0, u1.utilization > 0 && u1.utilization <= 1);
  console.log('delta', d.idle === u1.idle - u0.idle, d.active === u1.active - u0.active, d.utilization === d.active / (d.idle + d.active));
  const since = performance.eventLoopUtilization(u1);
  console.log('since', since.idle >= 0, since.active >= 0, Object.keys(since));
  const nt = performance.nodeTiming;
  console.log('timing', nt.loopStart > nt.bootstrapComplete, nt.loopExit, nt.idleTime > 0, nt.idleTime === u1.idle || nt.idleTime > u1.idle);
  console.log('monitor', m.count >= 3, m.min > 0, m.max >= m.min, m.percentile(100) >= m.percentile(50), m.mean > 0, m.exceeds);
  console.log(m.disable(), m.disable(), m.enable());
  // Still enabled: the monitor's timer must not keep the process alive.
})();
process.on('exit', () => {
  const nt = performance.nodeTiming;
  console.log('exit', nt.loopExit >= nt.loopStart, nt.loopStart > 0, performance.eventLoopUtilization().utilization > 0);
});
