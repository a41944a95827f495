'use strict';
// Seeded random paths through every path function.
const path = require('path');
let seed = 4242;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const parts = ['/', '//', '.', '..', 'a', 'b.c', '.d', 'e.', 'f..g', '...', ' ', 'x y', 'é'];
const gen = () => {
  let s = '';
  const n = rand(6);
  for (let i = 0; i < n; i++) s += parts[rand(parts.length)];
  return s;
};
for (let i = 0; i < 300; i++) {
  const a = gen();
  const b = gen();
  const out = [path.normalize(a), path.join(a, b), path.dirname(a), path.basename(a), path.basename(a, b), path.extname(a),
    path.isAbsolute(a), path.format(path.parse(a)), path.relative(`/${a}`, `/${b}`), path.resolve('/', a, b)];
  console.log(JSON.stringify([a, b]), JSON.stringify(out));
}
