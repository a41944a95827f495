for (const n of [6, 7, 10, 16, 26, 27, 50, 99, 100]) {
  console.log(Array.from({ length: n }, (_, i) => i * 3));
}
console.log(Array.from({ length: 30 }, (_, i) => i * 1000));
console.log(Array.from({ length: 30 }, (_, i) => -i * 1.5));
console.log(Array.from({ length: 30 }, (_, i) => 'item' + i));
console.log(Array.from({ length: 12 }, (_, i) => 'x'.repeat(i)));
console.log(Array.from({ length: 20 }, (_, i) => (i % 2 ? 'odd' : i)));
console.log(Array.from({ length: 15 }, (_, i) => BigInt(i) ** 5n));
console.log(Array.from({ length: 8 }, (_, i) => ({ i })));
console.log({ nested: Array.from({ length: 30 }, (_, i) => i), deeper: { list: Array.from({ length: 9 }, (_, i) => 'v' + i) } });
console.log(Array.from({ length: 40 }, (_, i) => String.fromCharCode(97 + (i % 26)).repeat((i % 5) + 1)));
console.log(Array.from({ length: 10 }, (_, i) => '日本' + i));
console.log(Array.from({ length: 7 }, () => 'a much longer string element that takes space'));
