'use strict';
// v8.Serializer/Deserializer (views in V8's own format, raw reads and writes,
// transfers), DefaultSerializer/DefaultDeserializer and subclasses with their
// own host-object layout; bytes as node writes them.
const v8 = require('v8');
const h = (b) => b.toString('hex');
// Base Serializer: views in V8's own format, raw writes.
const s = new v8.Serializer();
s.writeHeader();
s.writeValue({ a: new Uint8Array([1, 2, 3]).subarray(1), d: new DataView(new ArrayBuffer(2)), f: new Float32Array([1]) });
s.writeUint32(300);
s.writeUint64(1, 2);
s.writeDouble(0.25);
s.writeRawBytes(Buffer.from('xyz'));
const out = s.releaseBuffer();
console.log(h(out), h(s.releaseBuffer()));
const d = new v8.Deserializer(out);
console.log(d.readHeader(), d.getWireFormatVersion());
const v = d.readValue();
console.log(Object.keys(v), v.a.constructor.name, [...v.a], v.a.byteOffset, v.a.buffer.byteLength, v.d.byteLength, v.f[0]);
console.log(d.readUint32(), d.readUint64(), d.readDouble(), d.readRawBytes(3).toString());
// Default classes and a subclass with its own host objects.
const ds = new v8.DefaultSerializer();
ds.writeHeader();
ds.writeValue([Buffer.from('ab'), new Int16Array([-2]), new BigUint64Array([5n])]);
const b2 = ds.releaseBuffer();
console.log(h(b2), h(b2) === h(v8.serialize([Buffer.from('ab'), new Int16Array([-2]), new BigUint64Array([5n])])));
const dd = new v8.DefaultDeserializer(b2);
dd.readHeader();
const arr = dd.readValue();
console.log(arr.map((x) => x.constructor.name + ':' + [...x]).join(' '), Buffer.isBuffer(arr[0]));
class Tagged extends v8.DefaultSerializer {
  _writeHostObject(o) { this.writeUint32(99); super._writeHostObject(o); }
}
class TaggedD extends v8.DefaultDeserializer {
  _readHostObject() { const t = this.readUint32(); const o = super._readHostObject(); o.tag = t; return o; }
}
const ts = new Tagged(); ts.writeHeader(); ts.writeValue({ u: new Uint8Array([9]) });
const tb = ts.releaseBuffer();
console.log(h(tb));
const td = new TaggedD(tb); td.readHeader(); const tv = td.readValue(); console.log(tv.u.tag, [...tv.u]);
// Transfers.
const ab = new ArrayBuffer(4);
const t1 = new v8.Serializer(); t1.transferArrayBuffer(7, ab); t1.writeHeader(); t1.writeValue([ab, ab]);
const tt = t1.releaseBuffer(); console.log(h(tt));
const t2 = new v8.Deserializer(tt); const ab2 = new ArrayBuffer(1); t2.transferArrayBuffer(7, ab2); t2.readHeader();
const tr = t2.readValue(); console.log(tr[0] === ab2, tr[1] === ab2);
for (const f of [() => new v8.Deserializer('x'), () => { const z = new v8.Serializer(); z.writeValue(new Uint8Array(1).subarray(0)); return h(z.releaseBuffer()); },
  () => { const z = new v8.Deserializer(Buffer.from('ff0f', 'hex')); z.readHeader(); return z.readUint32(); },
  () => { const z = new v8.Deserializer(Buffer.from('ff0f5c0100', 'hex')); z.readHeader(); return z.readValue(); }]) {
  try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
