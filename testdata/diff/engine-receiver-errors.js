// Built-in methods called on what they cannot take, and callbacks that are
// not functions, throw V8's TypeErrors.
const cases = [
  () => Date.prototype.getTime.call({}), () => Date.prototype.toString.call(1), () => Date.prototype.toISOString.call('x'),
  () => Date.prototype.setHours.call({}), () => Date.prototype.valueOf.call([]), () => Date.prototype.toUTCString.call(null),
  () => Map.prototype.get.call({}), () => Map.prototype.set.call([], 1, 2), () => Set.prototype.add.call({}), () => Set.prototype.has.call(5),
  () => WeakMap.prototype.get.call({}), () => WeakSet.prototype.add.call('s'), () => RegExp.prototype.exec.call({}),
  () => Number.prototype.toFixed.call('1'), () => Number.prototype.toString.call({}), () => Number.prototype.valueOf.call(true),
  () => String.prototype.trim.call(null), () => String.prototype.padStart.call(undefined, 3), () => String.prototype.toString.call(1),
  () => Boolean.prototype.valueOf.call(1), () => Symbol.prototype.toString.call(1), () => BigInt.prototype.toString.call(1),
  () => Promise.prototype.then.call({}), () => Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call({}),
  () => Map.prototype.size, () => Function.prototype.toString.call({}),
];
// run prints what c returns or throws.
function run(c) {
  try {
    c();
    console.log('ok');
  } catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
  }
}
cases.forEach(run);
for (const v of ['x', {}, [], null, 1.5, Symbol('s'), 10n, /re/, new Map(), undefined, true]) {
  [() => [1].map(v), () => new Map([[1, 1]]).forEach(v), () => new Set([1]).forEach(v), () => [1].filter(v)].forEach(run);
}
[() => [1].reduce('x'), () => Array.from([1], 'x'), () => new Uint8Array(1).map('x'), () => [1].find(3), () => [1].some(), () => [1].flatMap({}), () => [1].sort('x')].forEach(run);
