// process.allowedNodeEnvironmentFlags: a lazy accessor that becomes a
// data property; a frozen Set subclass whose mutators do nothing and
// whose has() takes a flag with one, two or no leading dashes, '_' for '-'
// and a trailing '=value'.
const d = Object.getOwnPropertyDescriptor(process, 'allowedNodeEnvironmentFlags');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
const f = process.allowedNodeEnvironmentFlags;
const after = Object.getOwnPropertyDescriptor(process, 'allowedNodeEnvironmentFlags');
console.log(after.writable, after.enumerable, after.configurable, f === process.allowedNodeEnvironmentFlags);
console.log(f instanceof Set, Object.isFrozen(f), f.constructor.name, f.size, [...f].length);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(f)).join(','));
for (const flag of ['--perf_basic_prof', 'perf-basic-prof', '-r', 'r', '--r', '-R', 'R', '--stack-trace-limit=100',
  '--stack-trace-limit=-=xX_nodejs_Xx=-', '--inspect-brk', 'inspect_brk', 'INSPECT-BRK', '---inspect-brk',
  '--cheeseburgers', '--max-old-space-size=1', 'max_old_space_size', '--pending-deprecation', '--expose_gc',
  '-C', '--no-warnings', '--harmony', '--abort-on-uncaught-exception', 5, undefined]) {
  console.log(String(flag), f.has(flag));
}
console.log([...f].every((flag) => /^--?[a-zA-Z0-9._-]+$/.test(flag)));
f.add('foo');
Set.prototype.add.call(f, 'foo');
f.clear();
f.delete('-r');
console.log(f.has('foo'), f.size, f.has('-r'), [...f.keys()].includes('foo'), [...f.entries()][0].length);
let count = 0;
const thisArg = {};
f.forEach(function (flag, again, set) {
  if (this === thisArg && flag === again && set === f) count++;
}, thisArg);
console.log(count === f.size);
process.allowedNodeEnvironmentFlags = 5;
console.log(process.allowedNodeEnvironmentFlags);
