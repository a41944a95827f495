function named() {}
const anon = function () {};
const arrow = () => {};
async function af() {}
const aarrow = async () => {};
function* gen() {}
class A {}
class B extends A {}
const C = class {};
console.log(named, anon, arrow, af, aarrow, gen, A, B, C);
console.log({ named, arrow, method() {}, async am() {}, *gm() {} });
named.prop = 1;
named.other = 'two';
console.log(named);
A.staticProp = [1, 2];
console.log(A);
const renamed = function () {};
Object.defineProperty(renamed, 'name', { value: '' });
console.log(renamed);
const noProto = function np() {};
Object.setPrototypeOf(noProto, null);
console.log(noProto);
console.log(Math.max, Object, Array.prototype.push, parseInt);
console.log([function a() {}, class Q {}, () => 1]);
console.log(Object.assign(() => {}, { attached: true }));
class WithStatic { static s = 1; }
console.log(WithStatic, { WithStatic });
console.log(named.bind(null));
