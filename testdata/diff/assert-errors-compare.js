'use strict';
// throws with Error instances as expected values and AssertionError internals.
const assert = require('assert');
const show = (f) => {
  try { f(); console.log('passed'); } catch (e) { console.log(e.code, e.operator, JSON.stringify(e.message).slice(0, 200)); }
};
class MyError extends Error {
  constructor(msg, extra) { super(msg); this.name = 'MyError'; this.extra = extra; }
}
show(() => assert.throws(() => { throw new MyError('m', 1); }, MyError));
show(() => assert.throws(() => { throw new MyError('m', 1); }, { name: 'MyError', extra: 1 }));
show(() => assert.throws(() => { throw new MyError('m', 1); }, { extra: 2 }));
show(() => assert.throws(() => { throw new MyError('m', 1); }, { message: /^m$/, name: /Error/ }));
show(() => assert.throws(() => { throw new MyError('m', 1); }, new MyError('m', 1)));
show(() => assert.throws(() => { throw new MyError('m', 1); }, new MyError('m', 2)));
show(() => assert.throws(() => { throw new MyError('m'); }, { missing: undefined }));
show(() => assert.throws(() => { throw null; }, { a: 1 }));
show(() => assert.throws(() => { throw new Error('e'); }, RangeError, 'custom'));
show(() => assert.throws(() => { throw new Error('e'); }, () => false, 'custom fn'));
show(() => assert.deepStrictEqual(new MyError('a'), new MyError('a')));
show(() => assert.deepStrictEqual(new MyError('a', 1), new MyError('a', 2)));
const err = new assert.AssertionError({ actual: 'a', expected: 'b', operator: 'strictEqual', message: 'm' });
console.log(err.generatedMessage, JSON.stringify(err.message), err.actual, err.expected, err.operator);
const err2 = new assert.AssertionError({ actual: 1, expected: 2, operator: 'deepEqual' });
console.log(JSON.stringify(err2.message), err2.generatedMessage);
const err3 = new assert.AssertionError({ actual: 1, expected: 2, operator: '>' });
console.log(JSON.stringify(err3.message));
console.log(err3 instanceof Error, Object.getOwnPropertyDescriptor(err3, 'name'), err3.name, typeof err3.stack);
