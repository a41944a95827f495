console.table([{ a: 1, b: 'two' }, { a: 3, c: true }]);
console.table([1, 'str', { x: 1 }, [1, 2]]);
console.table(new Map([['k', 1], ['j', { o: 1 }]]));
console.table(new Set(['a', 'b']));
console.table({ r1: { c: 1, d: 2 }, r2: { c: 2 } }, ['c']);
console.table([[1, 2], [3, 4, 5]]);
console.table([{ name: 'ünïcödé', v: '日本語' }, { name: 'x', v: 'wide 😀' }]);
console.table([{ nested: { deep: { deeper: 1 } }, arr: [1, 2, 3, 4, 5], fn() {} }]);
console.table([]);
console.table({});
console.table(5);
console.table('str');
console.table(null);
console.table([{ a: 1 }], []);
try { console.table([], 'x'); } catch (e) { console.log(e.code, e.message); }
console.table(new Uint8Array([1, 2]));
console.table([{ a: 'x'.repeat(30) }, { b: null }]);
