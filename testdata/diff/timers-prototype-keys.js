// Timeout and Immediate methods are not enumerable (close excepted), and
// constructor is not enumerable either.
const t = setTimeout(() => {});
clearTimeout(t);
const i = setImmediate(() => {});
clearImmediate(i);
for (const obj of [t, i]) {
  const proto = Object.getPrototypeOf(obj);
  const d = Object.getOwnPropertyDescriptor(proto, 'constructor');
  console.log(proto.constructor.name, Object.keys(proto), d.enumerable, d.writable, d.configurable);
  const keys = [];
  for (const k in obj) if (!k.startsWith('_')) keys.push(k);
  console.log(keys, typeof obj.ref, typeof obj.hasRef, obj.hasRef());
}
