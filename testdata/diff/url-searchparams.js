'use strict';
// URLSearchParams construction, mutation, sorting, iteration and errors.
const inits = [undefined, null, '', '?', '?a=1', 'a=1&a=2&b', '&&a=b=c&', 'a+b=c+d', '%41=%42%zz&%E4%B8%AD=%E4%B8', 'x=%FF%FE',
  { a: 1, b: [2, 3], c: null }, [['x', 'y'], ['x', 'z']], new Map([['m', 'n']]), 'é=ü&😀=1', 'a=\ud800', 5, { [Symbol('s')]: 1, k: 'v' }];
for (const init of inits) {
  const p = new URLSearchParams(init);
  console.log(JSON.stringify([...p]), p.toString(), p.size);
}
const p = new URLSearchParams('b=2&a=1&b=1&c=&a=0');
console.log(p.get('b'), p.get('zz'), JSON.stringify(p.getAll('a')), p.has('c'), p.has('b', '1'), p.has('b', '3'));
p.set('b', 'new');
console.log(p.toString());
p.delete('a', '1');
console.log(p.toString());
p.append('z', '~!*()\'');
p.append('y', ' +&=#');
p.sort();
console.log(p.toString(), JSON.stringify([...p.keys()]), JSON.stringify([...p.values()]));
const s = new URLSearchParams('z=1&a=2&z=0&\u00e9=3&e=4&\ud83d\ude00=5&\uff61=6');
s.sort();
console.log(JSON.stringify([...s]));
const seen = [];
p.forEach(function (v, k, obj) { seen.push(`${k}=${v}`, obj === p, this.t); }, { t: 'this' });
console.log(JSON.stringify(seen));
const it = p.entries();
console.log(Object.prototype.toString.call(it), typeof it.next, JSON.stringify(it.next()), typeof it[Symbol.iterator]);
console.log(String(new URLSearchParams({ a: 'b' })), Object.prototype.toString.call(new URLSearchParams()));
for (const f of [() => new URLSearchParams([['a']]), () => new URLSearchParams([1]), () => new URLSearchParams({ [Symbol.iterator]: 5 }),
  () => new URLSearchParams().append('a'), () => new URLSearchParams().get(), () => URLSearchParams.prototype.get.call({}, 'a'),
  () => new URLSearchParams().forEach(5), () => p.entries().next.call({})]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const copy = new URLSearchParams(p);
copy.append('new', '1');
console.log(p.has('new'), copy.has('new'));
