// Reflect's functions, new Promise and the weak collections, given what
// they cannot take, throw V8's TypeErrors.
const cases = [
  () => Reflect.ownKeys(1), () => Reflect.getPrototypeOf(1), () => Reflect.defineProperty(1, 'a', {}), () => Reflect.set(1, 'a', 1),
  () => Reflect.isExtensible(1), () => Reflect.getOwnPropertyDescriptor(1, 'a'), () => Reflect.deleteProperty(1, 'a'),
  () => Reflect.preventExtensions(1), () => Reflect.setPrototypeOf(1, {}), () => Reflect.get('s', 'length'), () => Reflect.has(null, 'a'),
  () => new Promise({}), () => new Promise(null), () => new Promise(5), () => new Promise(), () => new Promise('x'), () => new Promise([]),
  () => new WeakMap([[1, 1]]), () => new WeakSet([1]), () => new WeakMap().set(Symbol.for('x'), 1), () => new WeakSet().add('s'),
  () => { new WeakMap().set({}, 1); new WeakSet().add({}); return 'fine'; },
];
for (const c of cases) {
  try {
    console.log('ok', c());
  } catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
  }
}
