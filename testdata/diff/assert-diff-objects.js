'use strict';
// Diff messages for objects (these rely on util.inspect's layout).
const assert = require('assert');
const t = (f) => {
  try { f(); console.log('passed'); } catch (e) { console.log(JSON.stringify(e.message)); }
};
t(() => assert.strictEqual({ a: 1 }, { a: 1 }));
t(() => assert.strictEqual({ a: 1 }, { a: 2 }));
t(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
t(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
t(() => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
t(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]));
t(() => assert.deepStrictEqual([1, 2], [1, 2, 3]));
t(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom2'));
t(() => assert.deepEqual({ a: 1 }, { a: 2 }));
t(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
t(() => assert.notDeepEqual({ a: 1 }, { a: 1 }));
t(() => assert.deepStrictEqual(new Set([1]), new Set([2])));
t(() => assert.deepStrictEqual(new Date(0), new Date(1)));
t(() => assert.deepStrictEqual(Object.create(null), {}));
t(() => assert.throws(() => { throw new TypeError('bad thing'); }, { name: 'TypeError', message: /good/ }));
t(() => assert.equal({}, {}));
t(() => assert.strictEqual(function f() {}, function g() {}));
