// The RegExp d flag (match indices, ES2022): indices and indices.groups on
// exec, match and matchAll results, in UTF-16 units, undefined for a
// capture that did not take part; hasIndices, flags and toString; a match's
// own keys in V8's order; the flag getters on something not a RegExp.
const show = (v) => console.log(JSON.stringify(v, (k, x) => (x === undefined ? 'undef' : x)));
const m = /a(?<x>b)(c)?(?<y>d)?/d.exec('zzabd');
show([m.indices, m.indices.groups, Object.keys(m), Object.getPrototypeOf(m.indices.groups)]);
show(/(é)(😀)?x/du.exec('é😀x').indices);
show(new RegExp('(b)', 'dg').flags + ' ' + /x/dgimsuy.flags + ' ' + /x/d.hasIndices + ' ' + /x/.hasIndices);
show([...'abab'.matchAll(/(?<l>a)b/dg)].map((r) => [r.indices[0], r.indices.groups.l]));
show(/(a)|(b)/d.exec('b').indices);
show(/x/d.exec('x').indices.groups);
show([RegExp.prototype.hasIndices, Object.getOwnPropertyDescriptor(RegExp.prototype, 'hasIndices').get.name]);
try { new RegExp('a', 'dd'); } catch (e) { console.log(e.name, e.message); }
show(String(/a/d) + ' ' + 'xay'.replace(/(a)/d, '[$1]') + ' ' + 'a-b'.split(/(-)/d));
try { Object.getOwnPropertyDescriptor(RegExp.prototype, 'hasIndices').get.call({}); } catch (e) { console.log(e.name, e.message); }
for (const k of ['source', 'flags', 'global', 'sticky', 'dotAll', 'unicode', 'ignoreCase', 'multiline', 'hasIndices']) {
  try { Object.getOwnPropertyDescriptor(RegExp.prototype, k).get.call({}); } catch (e) { console.log(k, e.message); }
}
console.log(Object.keys(/a/.exec('a')), Object.keys('a'.match(/a/)), Object.keys([...'aa'.matchAll(/a/g)][1]));
