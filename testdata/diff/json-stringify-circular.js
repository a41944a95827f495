// JSON.stringify of a cyclic structure throws V8's TypeError, with the path
// of the cycle: its start, its first two and last steps, and the key that
// closes it.
class Node { constructor() { this.next = null; } }
const cases = [
  () => { const o = {}; o.o = o; return o; },
  () => { const a = [1]; a.push(a); return a; },
  () => { const a = new Node(); const b = new Node(); a.next = b; b.next = a; return { list: a }; },
  () => { const o = { x: { y: { z: { w: {} } } } }; o.x.y.z.w.back = o.x; return o; },
  () => { const o = { arr: [{}, {}] }; o.arr[1].up = o; return o; },
  () => { const o = Object.create(null); o.self = o; return o; },
  () => { const m = { toJSON() { return { m }; } }; return m; },
];
for (const make of cases) {
  try { console.log(JSON.stringify(make())); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
}
