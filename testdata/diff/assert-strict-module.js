'use strict';
// Module shape of assert and assert/strict.
const assert = require('assert');
const strict = require('assert/strict');
console.log(typeof assert, assert === assert.ok, JSON.stringify(Object.keys(assert)));
console.log(strict === assert.strict, strict.strict === strict, strict.equal === assert.strictEqual,
  strict.deepEqual === assert.deepStrictEqual, strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(require('node:assert') === assert, require('node:assert/strict') === strict, typeof assert.CallTracker);
try { strict.equal(1, '1'); } catch (e) { console.log(JSON.stringify(e.message), e.operator); }
try { strict.deepEqual({ a: 1 }, { a: '1' }); } catch (e) { console.log(e.operator, e.code); }
try { strict(false); } catch (e) { console.log(JSON.stringify(e.message)); }
console.log(Object.getPrototypeOf(assert.AssertionError.prototype) === Error.prototype, assert.AssertionError.name);
