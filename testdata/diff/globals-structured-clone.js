// structuredClone: V8 serializer semantics (cycles, Maps, Sets, Dates, errors,
// typed arrays; a Buffer comes back a Uint8Array), DataCloneError and its checks.
for (const v of [() => {}, Symbol('s'), new WeakMap()]) { try { structuredClone(v); } catch (e) { console.log(e.name, JSON.stringify(e.message), e.code, e instanceof DOMException); } }
const src = { d: new Date(0), m: new Map([[1, { a: 1 }]]), s: new Set([1]), r: /x/g, b: Buffer.from('hi'), u8: new Uint8Array([1, 2]), e: new RangeError('bad'), n: null, big: 10n, nested: [1, [2, { x: undefined }]] };
src.self = src;
const c = structuredClone(src);
console.log(c !== src, c.self === c, c.d instanceof Date, c.m.get(1), c.s.has(1), c.r.flags, c.b, c.u8, c.e instanceof RangeError, c.e.message, c.big, c.nested);
console.log(structuredClone(undefined), structuredClone('s'), typeof structuredClone, Object.keys(globalThis).includes('structuredClone'));
try { structuredClone(); } catch (e) { console.log(e.name, e.code, e.message); }
try { structuredClone(1, 5); } catch (e) { console.log(e.name, e.code); }
const ab = new ArrayBuffer(4); const t = structuredClone({ ab }, { transfer: [] }); console.log(t.ab.byteLength);
