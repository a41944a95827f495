'use strict';
// CPU times grow monotonically; memory and uptime are consistent between calls.
const os = require('os');
const a = os.cpus();
let x = 0;
for (let i = 0; i < 2e6; i++) x += i;
const b = os.cpus();
console.log(a.length === b.length, x > 0);
console.log(a.every((c, i) => Object.keys(c.times).every((k) => b[i].times[k] >= c.times[k])));
console.log(a.every((c, i) => c.model === b[i].model && typeof c.speed === 'number'));
const u1 = os.uptime();
const u2 = os.uptime();
console.log(u2 >= u1, Number.isFinite(u1));
console.log(os.totalmem() === os.totalmem(), os.freemem() <= os.totalmem());
console.log(typeof os.hostname(), os.hostname() === os.hostname(), os.release() === os.release());
console.log(os.availableParallelism() >= 1, Number.isInteger(os.availableParallelism()));
