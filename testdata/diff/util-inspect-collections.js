console.log(new Map(), new Set(), new WeakMap(), new WeakSet());
console.log(new Map([['a', 1], [{ k: 1 }, [1, 2]], [null, undefined]]));
console.log(new Set([1, 'two', { three: 3 }, [4]]));
console.log(new Set(Array.from({ length: 120 }, (_, i) => i)));
console.log(new Map(Array.from({ length: 5 }, (_, i) => ['key' + i, { value: i, list: [i, i * 2] }])));
const m = new Map([[1, 2]]);
m.extra = 'prop';
console.log(m);
class MyMap extends Map {}
class MySet extends Set {}
console.log(new MyMap([[1, 1]]), new MySet([1]), new MyMap());
console.log({ deep: { deeper: { map: new Map([[1, { x: 1 }]]), set: new Set([[1]]) } } });
const wm = new WeakMap([[{}, 1]]);
console.log({ wm, ws: new WeakSet([{}]) });
console.log([new Map([[new Map([[1, 2]]), new Set([3])]])]);
