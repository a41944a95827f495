const big = {};
for (let i = 0; i < 120; i++) big['property' + i] = i % 3 ? 'value ' + i : { nested: i };
console.log(big);
console.log(Array.from({ length: 60 }, (_, i) => ({ id: i, label: 'row' + i })));
console.log({ k1: 'aaaaaaaaaaaaaaaaaaaa', k2: 'bbbbbbbbbbbbbbbbbbbb', k3: 'cccccccccccccccccccc', k4: 1 });
console.log({ k1: 'aaaaaaaaaaaaaaaaaaa', k2: 'bbbbbbbbbbbbbbbbbbbb', k3: 'ccccccccccccccc' });
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }, { a: 7, b: 8 }, { a: 9, b: 10 }, { a: 11, b: 12 }, { a: 13 }]);
console.log('x'.repeat(5000).length, ['y'.repeat(200)]);
console.log(new Map(Array.from({ length: 110 }, (_, i) => [i, 'v' + i])));
