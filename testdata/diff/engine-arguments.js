// arguments objects, which gonode's goja makes with their length,
// callee and Symbol.iterator stored beside them: mapped parameters of
// sloppy functions, unmapped ones of strict functions, more and fewer
// arguments than parameters, and each property changed, deleted and
// redefined.
function sloppy(a, b) {
  a = 'changed';
  arguments[1] = 'via arguments';
  return [a, b, arguments.length, Object.keys(arguments).join(), Object.getOwnPropertyNames(arguments).join(),
    JSON.stringify(arguments), typeof arguments.callee, arguments.callee === sloppy, [...arguments].length,
    Object.prototype.toString.call(arguments), arguments.propertyIsEnumerable('length'),
    typeof arguments[Symbol.iterator], Object.getOwnPropertySymbols(arguments).length].join('|');
}
console.log(sloppy(1, 2));
console.log(sloppy(1));
console.log(sloppy(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
function strict(a, b) {
  'use strict';
  a = 'changed';
  let callee;
  try { callee = arguments.callee; } catch (err) { callee = err.constructor.name; }
  return [arguments[0], b, arguments.length, Object.keys(arguments).join(), Object.getOwnPropertyNames(arguments).join(), callee,
    Object.getOwnPropertyDescriptor(arguments, 'callee').get === Object.getOwnPropertyDescriptor(arguments, 'callee').set].join('|');
}
console.log(strict(1, 2), strict(), strict(1, 2, 3));
function changes(a, b, c) {
  delete arguments[0];
  arguments.length = 10;
  Object.defineProperty(arguments, 1, { value: 'defined', writable: false });
  b = 'after';
  arguments.extra = 'e';
  arguments[Symbol.iterator] = function* () { yield 'own'; };
  const keys = [];
  for (const k in arguments) keys.push(k);
  return [a, b, arguments[1], c, arguments.length, keys.join(), [...arguments].join(), Object.keys(arguments).join()].join('|');
}
console.log(changes(1, 2, 3));
function redefine(a) {
  Object.defineProperty(arguments, 'length', { enumerable: true });
  Object.defineProperty(arguments, 'callee', { value: 'c' });
  delete arguments.length;
  return [arguments.length, arguments.callee, Object.keys(arguments).join(), 'length' in arguments].join('|');
}
console.log(redefine(1), redefine());
function apply() { return Math.max.apply(null, arguments) + Array.prototype.slice.call(arguments, 1).length; }
console.log(apply(3, 9, 4), apply());
const arrow = (...rest) => rest.length;
function outer() { return arrow(...arguments) + (() => arguments.length)(); }
console.log(outer(1, 2, 3));
