const t = setTimeout(() => {}, 1);
console.log(typeof t, typeof t.ref, typeof t.unref, typeof t.hasRef, typeof t.refresh, typeof t[Symbol.toPrimitive]);
console.log(t.constructor.name);
const i = setImmediate(() => {});
console.log(i.constructor.name);
clearTimeout(t);
