'use strict';
// Deep equality of typed arrays, Buffers and arrays: their elements and the
// keys besides them (enumerable, hidden, symbols), and large views, which
// node compares as memory (an 8 MiB view must not take seconds).
const assert = require('assert');
const util = require('util');
const loose = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
const both = (name, a, b) => console.log(name, loose(a, b), util.isDeepStrictEqual(a, b));

const a = new Uint8Array(4), b = new Uint8Array(4);
a.x = 1;
both('extra key on one side', a, b);
both('extra key, swapped', b, a);
b.x = 1;
both('same extra keys', a, b);
const h = Object.assign([1, 2, 3], { foo: 'bar' });
both('array extra key', h, [1, 2, 3]);
const hidden = [1, 2, 3];
Object.defineProperty(hidden, 'foo', { value: 'bar', enumerable: false });
both('array hidden key', h, hidden);
const s = []; s[10] = 1; s.q = 2;
const t = []; t[10] = 1; t.q = 2;
both('sparse arrays with keys', s, t);
both('NaN floats', new Float64Array([NaN]), new Float64Array([NaN]));
both('signed zero floats', new Float64Array([0]), new Float64Array([-0]));
both('buffers differ', Buffer.from('abc'), Buffer.from('abd'));
both('element types differ', new Uint16Array([1]), new Uint8Array([1, 0]));
const sym = Symbol('s');
const u = new Uint8Array(1);
u[sym] = 1;
both('symbol key', u, new Uint8Array(1));
const index = new Uint8Array(2);
both('views of one buffer', new Uint8Array(index.buffer, 1), new Uint8Array(1));

const big = 8 * 1024 * 1024;
const x = new Uint8Array(big).fill(7);
const y = new Uint8Array(big).fill(7);
both('8 MiB equal', x, y);
y[big - 1] = 0;
both('8 MiB last byte differs', x, y);
assert.deepStrictEqual(Buffer.alloc(big), Buffer.alloc(big));
const arr = new Array(200000).fill(1);
both('200k-element arrays', arr, arr.slice());
