// Array literals without spreads, which gonode's goja makes from their
// elements at once, and arrays whose length property starts in the array
// itself: holes, lengths, sparse arrays made from literals and back,
// length redefined, and properties added beside the length.
'use strict';

const holes = [1, , 3, , ];
console.log(holes.length, 1 in holes, 3 in holes, Object.keys(holes).join(), JSON.stringify(holes), holes.indexOf(undefined));
console.log([, ].length, [, , ].length, [].length, [undefined].length, 0 in [undefined], 0 in [, 1]);
const mk = (i) => [i, 'x', { o: i }, [i], null];
const a = mk(1), b = mk(2);
a.push(9);
b.length = 2;
a.extra = 'e';
console.log(JSON.stringify(a), JSON.stringify(b), Object.keys(a).join(), Object.getOwnPropertyNames(b).join(), JSON.stringify(mk(3)));
const sparse = mk(4);
sparse[100000] = 'far';
console.log(sparse.length, Object.keys(sparse).length, sparse[2].o, sparse[100000]);
for (let i = 5; i < 2000; i++) sparse[i] = i;
sparse.length = 3000;
console.log(sparse.length, sparse[1999], sparse[100000], Object.keys(sparse).length);
const fixed = mk(5);
Object.defineProperty(fixed, 'length', { writable: false });
try { fixed.push(1); } catch (err) { console.log(err.constructor.name); }
console.log(fixed.length, Object.getOwnPropertyDescriptor(fixed, 'length').writable, Object.isFrozen(Object.freeze(mk(6))));
const withProps = mk(7);
withProps.p1 = 1; withProps.p2 = 2; delete withProps.p1;
console.log(Object.keys(withProps).join(), withProps.length, 'length' in withProps, Object.getOwnPropertyNames(withProps).includes('length'));
const order = [];
const v = (n) => { order.push(n); return n; };
console.log(JSON.stringify([v(1), v(2), [v(3), v(4)], v(5)]), order.join());
try { [v(6), (() => { throw new Error('midway'); })(), v(7)]; } catch (err) { console.log(err.message, order.join()); }
const big = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32];
console.log(big.length, big.reduce((s, x) => s + x, 0), Array.isArray(big), big instanceof Array, Object.getPrototypeOf(big) === Array.prototype);
const nested = [[1, [2, [3, [4]]]], { a: [5, , 6] }];
console.log(JSON.stringify(nested), nested.flat(Infinity).length);
