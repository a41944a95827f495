'use strict';
// Argument validation errors match node's code and message.
const path = require('path');
const calls = [
  () => path.join(1), () => path.join('a', null), () => path.join('a', {}), () => path.join('a', undefined),
  () => path.resolve('a', 1), () => path.normalize(true), () => path.relative(1, 'a'), () => path.relative('a', 2),
  () => path.dirname([]), () => path.basename('a', 1), () => path.basename(5), () => path.extname(Symbol('s')),
  () => path.parse(null), () => path.format(null), () => path.format('x'), () => path.format([]),
  () => path.isAbsolute(0), () => path.join('a', () => 1), () => path.join('a', 12345678901234567890123456789),
  () => path.join('a', 'b'.repeat(40)), () => path.join('a', Object.create(null)), () => path.join(10n),
];
for (const c of calls) {
  try {
    console.log('ok', c());
  } catch (e) {
    console.log(e.name, e.code, e instanceof TypeError, e.message);
  }
}
