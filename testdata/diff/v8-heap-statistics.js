// v8's heap statistics in V8's shape (what monitoring libraries such as
// prom-client read): the fields, their consistency, the limit node has on
// this machine, the spaces' names; setFlagsFromString checks its argument.
'use strict';
const v8 = require('v8');

const stats = v8.getHeapStatistics();
console.log(Object.keys(stats).join());
console.log('all numbers', Object.values(stats).every((v) => typeof v === 'number' && v >= 0));
console.log('used <= total', stats.used_heap_size <= stats.total_heap_size);
console.log('limit MiB', stats.heap_size_limit / 1048576);
console.log('available < limit', stats.total_available_size < stats.heap_size_limit);

const spaces = v8.getHeapSpaceStatistics();
console.log(spaces.map((s) => s.space_name).join());
console.log(spaces.every((s) => Object.keys(s).join() === 'space_name,space_size,space_used_size,space_available_size,physical_space_size'));
console.log('used <= size', spaces.every((s) => s.space_used_size <= s.space_size));

console.log(Object.keys(v8.getHeapCodeStatistics()).join());
console.log(typeof v8.cachedDataVersionTag(), Number.isInteger(v8.cachedDataVersionTag()));
console.log(v8.setFlagsFromString('--allow-natives-syntax'));
try {
  v8.setFlagsFromString(42);
} catch (e) {
  console.log(e.code, e.message);
}
