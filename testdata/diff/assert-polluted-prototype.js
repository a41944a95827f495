'use strict';
// assert works when a program has put a `get` on Object.prototype: its
// property descriptors and proxy handlers must not inherit it.
const assert = require('assert');

Object.prototype.get = function() { throw new Error('Object.prototype.get used'); };
try {
  assert.fail('boom');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  assert.strictEqual(1, 2, new TypeError('custom'));
} catch (err) {
  console.log(err.name, err.message);
}
process.noDeprecation = true;
const tracker = new assert.CallTracker();
function add(a, b) { return a + b; }
const tracked = tracker.calls(add, 1);
console.log(tracked(1, 2));
tracker.verify();
delete Object.prototype.get;

process.on('exit', () => {
  try {
    tracker.calls(add, 1);
  } catch (err) {
    console.log(err.code, err.message);
  }
});
