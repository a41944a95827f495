'use strict';
// Assertion messages and error shape for primitive comparisons.
const assert = require('assert');
const t = (name, f) => {
  try {
    f();
    console.log(name, 'passed');
  } catch (e) {
    console.log(name, e.name, e.code, e.generatedMessage, JSON.stringify(e.operator), JSON.stringify(e.message),
      JSON.stringify(Object.keys(e)), e instanceof assert.AssertionError, e instanceof Error, String(e).split('\n')[0]);
  }
};
t('strictEqual 1 2', () => assert.strictEqual(1, 2));
t('strictEqual a b', () => assert.strictEqual('a', 'b'));
t('strictEqual long strings', () => assert.strictEqual('hello world foo', 'hello world bar'));
t('strictEqual 0 -0', () => assert.strictEqual(0, -0));
t('strictEqual NaN', () => assert.strictEqual(NaN, NaN));
t('strictEqual bigint', () => assert.strictEqual(1n, 2n));
t('strictEqual undefined null', () => assert.strictEqual(undefined, null));
t('strictEqual 10 chars', () => assert.strictEqual('a'.repeat(10), 'b'.repeat(10)));
t('strictEqual newline', () => assert.strictEqual('a\nb', 'a\nc'));
t('strictEqual numbers', () => assert.strictEqual(123456, 1234567));
t('strictEqual quote', () => assert.strictEqual("it's", 'x'));
t('strictEqual custom', () => assert.strictEqual(1, 2, 'my message'));
t('strictEqual custom long', () => assert.strictEqual('hello world foo', 'hello world bar', 'custom'));
t('strictEqual multiline custom', () => assert.strictEqual(1, 2, 'a\nb'));
t('strictEqual error message', () => assert.strictEqual(1, 2, new RangeError('thrown as is')));
t('strictEqual symbols', () => assert.strictEqual(Symbol('a'), Symbol('a')));
t('notStrictEqual', () => assert.notStrictEqual(1, 1));
t('notStrictEqual long', () => assert.notStrictEqual('aaaaaaa', 'aaaaaaa'));
t('notStrictEqual ok', () => assert.notStrictEqual(1, '1'));
t('equal', () => assert.equal(1, 2));
t('equal loose ok', () => assert.equal(1, '1'));
t('equal NaN', () => assert.equal(NaN, NaN));
t('equal strings', () => assert.equal('a', 'b'));
t('notEqual', () => assert.notEqual(1, '1'));
t('notEqual NaN', () => assert.notEqual(NaN, NaN));
t('deepEqual prim', () => assert.deepEqual(1, 2));
t('deepEqual loose', () => assert.deepEqual(1, '1'));
t('deepStrictEqual prim', () => assert.deepStrictEqual(1, '1'));
t('notDeepEqual prim', () => assert.notDeepEqual(1, '1'));
t('notDeepStrictEqual prim', () => assert.notDeepStrictEqual('x', 'x'));
t('missing args', () => assert.strictEqual(1));
t('missing args equal', () => assert.equal());
t('fail', () => assert.fail());
t('fail msg', () => assert.fail('boom'));
t('fail error', () => assert.fail(new TypeError('te')));
t('match', () => assert.match('abc', /x/));
t('match ok', () => assert.match('abc', /b/));
t('match non-string', () => assert.match(123, /x/));
t('match bad regexp', () => assert.match('a', 'a'));
t('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
t('doesNotMatch custom', () => assert.doesNotMatch('abc', /b/, 'nope'));
t('ifError error', () => assert.ifError(new Error('e1')));
t('ifError string', () => assert.ifError('str'));
t('ifError zero', () => assert.ifError(0));
t('ifError empty message', () => assert.ifError(new TypeError('')));
t('ifError null', () => assert.ifError(null));
t('ifError undefined', () => assert.ifError(undefined));
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(JSON.stringify(e.message), e.generatedMessage, e.name, e.code, e.actual, e.expected, e.operator);
const e2 = new assert.AssertionError({ message: 'hi' });
console.log(JSON.stringify(e2.message), e2.generatedMessage, e2.actual, e2.operator, String(e2));
try { new assert.AssertionError(); } catch (err) { console.log(err.code, err.message); }
