'use strict';
// throws / doesNotThrow / rejects / doesNotReject validation.
const assert = require('assert');
const show = (name, f) => {
  try {
    f();
    console.log(name, 'passed');
  } catch (e) {
    console.log(name, e.name, e.code, e.generatedMessage, JSON.stringify(e.operator), JSON.stringify(e.message));
  }
};
const thrower = (err) => () => { throw err; };
show('no throw', () => assert.throws(() => {}));
show('class ok', () => assert.throws(thrower(new TypeError('x')), TypeError));
show('base class ok', () => assert.throws(thrower(new TypeError('x')), Error));
show('class mismatch', () => assert.throws(thrower(new Error('x')), TypeError));
show('same name other class', () => assert.throws(thrower(new (class TypeError extends Error {})('m')), TypeError));
show('regexp ok', () => assert.throws(thrower(new Error('abc')), /b/));
show('regexp mismatch', () => assert.throws(thrower(new Error('x')), /y/));
show('object ok', () => assert.throws(thrower(new TypeError('bad thing')), { name: 'TypeError', message: 'bad thing' }));
show('object regexp', () => assert.throws(thrower(new TypeError('bad thing')), { message: /bad/ }));
show('object mismatch custom', () => assert.throws(thrower(new Error('x')), { message: 'z' }, 'custom'));
show('object empty', () => assert.throws(thrower(new Error('x')), {}));
show('object primitive thrown', () => assert.throws(thrower('str'), { message: 'x' }));
show('error instance', () => assert.throws(thrower(new Error('x')), new Error('x')));
show('validation fn ok', () => assert.throws(thrower(new Error('x')), (e) => e.message === 'x'));
show('validation fn false', () => assert.throws(thrower(new TypeError('bad thing')), (e) => e instanceof RangeError));
show('named validation fn', () => assert.throws(thrower(new TypeError('bad')), function check() { return 0; }));
show('message string', () => assert.throws(() => {}, 'msg4'));
show('class and message', () => assert.throws(() => {}, TypeError, 'msg3'));
show('class no throw', () => assert.throws(() => {}, TypeError));
show('ambiguous', () => assert.throws(thrower(new Error('x')), 'x'));
show('ambiguous primitive', () => assert.throws(thrower('x'), 'x'));
show('string with message', () => assert.throws(thrower(new Error('x')), 'a', 'b'));
show('bad error arg', () => assert.throws(thrower(new Error('x')), 5));
show('not a function', () => assert.throws('not fn'));
show('custom error message', () => assert.throws(() => {}, new TypeError('as error')));
show('doesNotThrow ok', () => assert.doesNotThrow(() => {}));
show('doesNotThrow', () => assert.doesNotThrow(thrower(new Error('x'))));
show('doesNotThrow msg', () => assert.doesNotThrow(thrower(new Error('x')), 'msg'));
show('doesNotThrow class match', () => assert.doesNotThrow(thrower(new TypeError('x')), TypeError, 'msg5'));
show('doesNotThrow class mismatch', () => assert.doesNotThrow(thrower(new TypeError('rethrown')), RangeError));
show('doesNotThrow regexp', () => assert.doesNotThrow(thrower(new Error('abc')), /b/));
show('doesNotThrow bad expected', () => assert.doesNotThrow(thrower(new Error('abc')), {}));
(async () => {
  const shows = async (name, p) => {
    try {
      await p;
      console.log(name, 'resolved');
    } catch (e) {
      console.log(name, e.name, e.code, JSON.stringify(e.operator), JSON.stringify(e.message));
    }
  };
  await shows('rejects no rejection', assert.rejects(Promise.resolve(1)));
  await shows('rejects ok', assert.rejects(() => Promise.reject(new TypeError('t')), TypeError));
  await shows('rejects mismatch', assert.rejects(Promise.reject(new Error('t')), TypeError));
  await shows('rejects object', assert.rejects(Promise.reject(new Error('t')), { message: 't' }));
  await shows('rejects not promise', assert.rejects(() => 5));
  await shows('rejects bad arg', assert.rejects(5));
  await shows('rejects sync throw', assert.rejects(() => { throw new Error('sync'); }));
  await shows('doesNotReject ok', assert.doesNotReject(Promise.resolve(1)));
  await shows('doesNotReject', assert.doesNotReject(Promise.reject(new Error('r'))));
  await shows('doesNotReject fn', assert.doesNotReject(() => Promise.reject(new Error('r2')), 'why'));
  console.log('done');
})();
