'use strict';
// searchParams stays in sync with the URL's query in both directions.
const u = new URL('https://x.test/p?a=1&b=2#h');
const sp = u.searchParams;
sp.set('a', 'x y');
console.log(u.href);
sp.delete('b');
console.log(u.href);
sp.delete('a');
console.log(u.href, JSON.stringify(u.search));
sp.append('q', '?&=#');
console.log(u.href);
sp.sort();
u.hash = '';
console.log(u.href);
u.search = '?z=1&z=2';
console.log(JSON.stringify(sp.getAll('z')), sp.size);
u.href = 'https://y.test/?k=v';
console.log(sp.get('k'), u.searchParams === sp);
const o = new URL('foo:opaque path  ?x=1');
console.log(JSON.stringify(o.href));
o.searchParams.delete('x');
console.log(JSON.stringify(o.href), JSON.stringify(o.pathname));
const n = new URL('http://h/?');
console.log(n.href, JSON.stringify(n.search), n.searchParams.size);
n.searchParams.append('a', '');
console.log(n.href);
const params = new URLSearchParams('a=b&c=d');
let steps = 0;
for (const [k] of params) {
  if (steps++ < 3) params.append(k + k, String(steps));
}
console.log(params.toString(), steps);
