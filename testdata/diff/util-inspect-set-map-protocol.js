// util.inspect shows a Set or Map as node's formatSet/formatMap do: the
// prefix has the collection's own size, the entries are what iterating
// it gives (a subclass may override the iterator) up to its size getter's
// count, and the "more items" count is that size less those shown. A
// collection without a prototype shows all its own entries.
const util = require('util');
class M extends Map { get size() { return 3; } *[Symbol.iterator]() { yield [1, 'a']; yield [2, 'b']; } }
console.log(util.inspect(new M([[9, 9]])), util.inspect(new M()));
console.log(util.inspect(new M([[9, 9]]), { maxArrayLength: 1 }));
class S extends Set { get size() { return '2'; } *[Symbol.iterator]() { yield 'x'; yield 'y'; yield 'z'; } }
console.log(util.inspect(new S([1])), util.inspect(new S()));
const seen = [];
class T extends Set {
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => ({ value: i++, done: false }), return: () => { seen.push('return'); return {}; } };
  }
}
console.log(util.inspect(new T([1, 2]), { maxArrayLength: 1 }), seen);
console.log(util.inspect(new Set([1, 2, 3]), { maxArrayLength: 1 }), util.inspect(new Map([[1, 2], [3, 4]]), { maxArrayLength: 0 }));
const bare = new Set(Array.from({ length: 103 }, (_, i) => i));
Object.setPrototypeOf(bare, null);
console.log(util.inspect(bare, { breakLength: Infinity }).slice(-30));
const bareMap = new Map([[1, 2]]);
Object.setPrototypeOf(bareMap, null);
console.log(util.inspect(bareMap));
console.log(util.inspect(process.allowedNodeEnvironmentFlags, { maxArrayLength: 3, depth: 0 }));
