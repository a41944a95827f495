// WeakRef and FinalizationRegistry: shapes, argument errors and deref of a
// live target (collection itself is tested in runtime/weakref_test.go).
for (const f of [() => new WeakRef(1), () => WeakRef({}), () => new FinalizationRegistry(1), () => new FinalizationRegistry(() => {}).register(1, 2), () => { const r = new FinalizationRegistry(() => {}); const o = {}; r.register(o, o); }, () => new FinalizationRegistry(() => {}).unregister(1), () => WeakRef.prototype.deref.call({})]) { try { console.log(f()); } catch (e) { console.log(e.name, e.message); } }
const o = {}; const w = new WeakRef(o); console.log(w.deref() === o, Object.prototype.toString.call(w), typeof WeakRef.prototype.deref, WeakRef.length, FinalizationRegistry.length, Object.getOwnPropertyNames(FinalizationRegistry.prototype));
const r = new FinalizationRegistry(() => {}); const t = {}; r.register({}, 1, t); console.log(r.unregister(t), r.unregister(t), r.register({}, 2), String(r));
console.log(w, r, Object.keys(globalThis).includes('WeakRef'));
