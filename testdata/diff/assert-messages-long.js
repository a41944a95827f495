'use strict';
// Generated messages for long values are truncated like node's.
const assert = require('assert');
const t = (f) => {
  try { f(); console.log('passed'); } catch (e) { console.log(JSON.stringify(e.message)); }
};
t(() => assert.equal('x'.repeat(600), 'y'));
t(() => assert.notEqual('x'.repeat(600), 'x'.repeat(600)));
t(() => assert.strictEqual('a'.repeat(50), 'a'.repeat(49) + 'b'));
t(() => assert.strictEqual('a'.repeat(100), 'a'.repeat(99) + 'b'));
t(() => assert.notStrictEqual('a'.repeat(20), 'a'.repeat(20)));
t(() => assert.strictEqual('abc', 'abd'));
t(() => assert.strictEqual('abcd', 'abce'));
t(() => assert.strictEqual('abcdefgh', 'abcdefgi'));
t(() => assert.strictEqual(-0, 0));
t(() => assert.strictEqual(0, false));
t(() => assert.strictEqual(12345678, 12345679));
t(() => assert.deepStrictEqual('ab', 'ac'));
t(() => assert.notDeepStrictEqual(1, 1));
t(() => assert.deepEqual('a', 'b', 'custom loose'));
t(() => assert.notDeepEqual('a', 'a', 'custom not'));
