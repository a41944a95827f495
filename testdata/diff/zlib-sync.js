'use strict';
// zlib's Sync functions: round trips through every class for every input
// type, decompression of fixed vectors made by node's C zlib (compressed
// bytes differ between zlib and compress/flate, so only decompressions,
// headers and deterministic sizes are printed), gzip/zlib header bytes,
// multi-member gzip, dictionaries, crc32, constants and codes.
const zlib = require('zlib');

const text = 'node-made vector: ' + 'abcdefghij'.repeat(50) + ' end\n';
const vectors = {
  gzip: 'H4sIAAAAAAAAA8vLT0nVzU1MSVUoS00uyS+yUkhMSk5JTUvPyMwaZY0UlkJqXgoXADD0yGMLAgAA',
  gzip9: 'H4sIAAAAAAACA8vLT0nVzU1MSVUoS00uyS+yUkhMSk5JTUvPyMwaZY0UlkJqXgoXADD0yGMLAgAA',
  deflate: 'eJzLy09J1c1NTElVKEtNLskvslJITEpOSU1Lz8jMGmWNFJZCal4KFwDeCs4X',
  deflate1: 'eAHLy09J1c1NTElVKEtNLskvslJITEpOSU1Lz8jMGmWNlDBQSM1L4QIA3grOFw==',
  raw: 'y8tPSdXNTUxJVShLTS7JL7JSSExKTklNS8/IzBpljRSWQmpeChcA',
  dict: 'eLsoVQVPy8tPSdXNTUxJVShLTS7JL7JSSITLj7JGCguUErgA3grOFw==',
  huff: 'H4sIAAAAAAAEAwXBwU0EAQwDwD9VbAM0QDeO7SSOxJ2EEPUz83rLn9+Qnz/z9/3z9aAo92wORblncyjKPZtDUe7ZHIpyz+ZQlHs2h6LcszkU5Z7NoSj3bA5FuWdzKMo9m0NR7tkcinLP5lCUezaHotyzORTlns2hKPdsDkW5Z3Moyj2bQ1Hu2RyKcs/mUJR7Noei3LM5FOWezaEo92wORblncyjKPZtDUe7ZHIpyz+ZQlHs2h6LcszkU5Z7NoSj3bA5FuWdzKMo9m0NR7tkcinLP5lCUezaHotyzORTlns2hKPdsDkW5Z3Moyj2bQ1Hu2RyKcs/mUJR7Noei3LM5FOWezaEo92wORblnc49f+vgHMPTIYwsCAAA=',
  fixed: 'eAHLy09J1c1NTElVKEtNLskvslJITEpOSU1Lz8jMGmWNFJZCal4KFwDeCs4X',
  wb9: 'GJXLy09J1c1NTElVKEtNLskvslJITEpOSU1Lz8jMGmWNFJZCal4KFwDeCs4X',
  flushed: 'H4sIAAAAAAAAA0rLLCouUchIzEmzBgAAAP//K05Nzs9LUchIzEkDAAn59cAWAAAA',
};
const dict = Buffer.from('abcdefghij end');
for (const [name, b64] of Object.entries(vectors)) {
  const buf = Buffer.from(b64, 'base64');
  const opts = name === 'dict' ? { dictionary: dict } : undefined;
  let out;
  if (name === 'raw') out = zlib.inflateRawSync(buf);
  else if (buf[0] === 0x1f) out = zlib.gunzipSync(buf);
  else out = zlib.inflateSync(buf, opts);
  const un = name === 'raw' ? out : zlib.unzipSync(buf, opts);
  console.log('vector', name, out.length, out.equals(un), name === 'flushed' ? out.toString() : out.toString() === text);
}

// A stored (level 0) stream made by zlib, built here: zlib header, one
// final stored block, adler32.
{
  const data = Buffer.from('stored block data');
  const hdr = Buffer.from([0x78, 0x01, 0x01, data.length, 0, ~data.length & 0xff, 0xff]);
  let a = 1, b = 0;
  for (const c of data) { a = (a + c) % 65521; b = (b + a) % 65521; }
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((b << 16) | a) >>> 0);
  console.log('stored', zlib.inflateSync(Buffer.concat([hdr, data, adler])).toString());
}

// gzip headers with the optional fields (FEXTRA, FNAME, FCOMMENT, FHCRC).
{
  const member = Buffer.from(vectors.gzip, 'base64');
  const body = member.subarray(10);
  const fields = Buffer.concat([
    Buffer.from([4, 0]), Buffer.from('ex\0\0'),
    Buffer.from('name.txt\0'), Buffer.from('a comment\0'),
  ]);
  const head = Buffer.from([0x1f, 0x8b, 8, 4 | 8 | 16, 1, 2, 3, 4, 0, 3]);
  console.log('fields', zlib.gunzipSync(Buffer.concat([head, fields, body])).toString() === text);
  const withCrc = Buffer.concat([head, fields]);
  withCrc[3] |= 2;
  const crc = Buffer.alloc(2);
  crc.writeUInt16LE(zlib.crc32(withCrc) & 0xffff);
  console.log('fhcrc', zlib.gunzipSync(Buffer.concat([withCrc, crc, body])).length);
  crc[0] ^= 1;
  try {
    zlib.gunzipSync(Buffer.concat([withCrc, crc, body]));
  } catch (e) {
    console.log('fhcrc bad', e.message, e.code, e.errno);
  }
}

// Round trips through every class and input type.
const inputs = {
  string: 'héllo wörld '.repeat(300),
  empty: '',
  buffer: Buffer.from('a buffer of bytes '.repeat(100)),
  uint8: new Uint8Array([1, 2, 3, 250, 251, 252]),
  uint16: new Uint16Array([1, 2, 3, 65535]),
  dataview: new DataView(new Uint8Array([9, 8, 7, 6, 5]).buffer, 1, 3),
  arraybuffer: new Uint8Array([42, 43, 44]).buffer,
  binary: Buffer.from(Array.from({ length: 70000 }, (_, i) => (i * 7919) % 251)),
};
const pairs = [
  ['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'],
  ['deflateSync', 'unzipSync'], ['gzipSync', 'unzipSync'],
];
function bytesOf(v) {
  if (typeof v === 'string') return Buffer.from(v);
  if (v instanceof ArrayBuffer) return Buffer.from(v);
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}
for (const [name, input] of Object.entries(inputs)) {
  const row = [];
  for (const [c, d] of pairs) {
    const z = zlib[c](input);
    const back = zlib[d](z);
    row.push(`${c}/${d}:${back.equals(bytesOf(input))}`);
  }
  console.log('roundtrip', name, row.join(' '));
}
for (const level of [-1, 0, 1, 2, 5, 6, 9]) {
  for (const strategy of [0, 1, 2, 3, 4]) {
    const z = zlib.deflateSync(inputs.binary, { level, strategy, memLevel: 9, windowBits: 15 });
    const g = zlib.gzipSync(inputs.string, { level, strategy });
    // zlib's header bits for the level, and gzip's XFL and OS bytes.
    console.log('level', level, strategy, z.subarray(0, 2).toString('hex'), g.subarray(0, 10).toString('hex'),
      zlib.inflateSync(z).equals(inputs.binary), zlib.gunzipSync(g).toString() === inputs.string);
  }
}
console.log('empty', zlib.gzipSync('').toString('hex'), zlib.deflateSync('').toString('hex'), zlib.deflateRawSync(Buffer.alloc(0)).toString('hex'));
console.log('windowBits', zlib.inflateRawSync(zlib.deflateRawSync('wb', { windowBits: 8 })).toString(),
  zlib.gunzipSync(zlib.gzipSync('wb', { windowBits: 9 })).toString());

// Multi-member gzip: gunzip and unzip read every member; zero bytes after a
// member are padding; two zlib streams give the first.
const m = Buffer.concat([zlib.gzipSync('abc'), zlib.gzipSync(''), Buffer.from(vectors.gzip, 'base64'), zlib.gzipSync('def')]);
console.log('members', zlib.gunzipSync(m).length, zlib.unzipSync(m).length);
console.log('padding', zlib.gunzipSync(Buffer.concat([zlib.gzipSync('abc'), Buffer.alloc(8), zlib.gzipSync('def')])).toString());
console.log('two zlib', zlib.inflateSync(Buffer.concat([zlib.deflateSync('abc'), zlib.deflateSync('def')])).toString(),
  zlib.unzipSync(Buffer.concat([zlib.deflateSync('abc'), zlib.deflateSync('def')])).toString());

// Dictionaries.
const dz = zlib.deflateSync(text, { dictionary: dict });
console.log('dict header', dz.subarray(0, 6).toString('hex'));
console.log('dict', zlib.inflateSync(dz, { dictionary: dict }).toString() === text,
  zlib.inflateRawSync(zlib.deflateRawSync(text, { dictionary: dict }), { dictionary: dict }).toString() === text,
  zlib.inflateSync(zlib.deflateSync(text), { dictionary: dict }).toString() === text,
  zlib.gunzipSync(zlib.gzipSync(text, { dictionary: dict })).toString() === text,
  zlib.inflateSync(dz, { dictionary: new Uint8Array(dict).buffer }).length);

// info, finishFlush and bytesWritten.
const info = zlib.deflateSync('info', { info: true });
console.log('info', Object.keys(info), info.engine.constructor.name, info.engine.bytesWritten, info.engine._closed);
const gz = zlib.gzipSync(text);
const inf = zlib.gunzipSync(Buffer.concat([gz, Buffer.alloc(5)]), { info: true });
console.log('bytesWritten', inf.engine.bytesWritten === gz.length);
const partial = zlib.gunzipSync(Buffer.from(vectors.flushed, 'base64').subarray(0, 25), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
console.log('finishFlush', JSON.stringify(partial.toString()));
const unfinished = zlib.deflateSync('not finished', { finishFlush: zlib.constants.Z_SYNC_FLUSH });
console.log('unfinished', unfinished.subarray(-4).toString('hex'),
  zlib.inflateSync(unfinished, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
console.log('maxOutputLength', zlib.inflateSync(zlib.deflateSync('12345'), { maxOutputLength: 5 }).toString());

// crc32 (node 20.15+).
console.log('crc32', zlib.crc32('hello'), zlib.crc32(Buffer.from('hello')), zlib.crc32('world', zlib.crc32('hello ')),
  zlib.crc32(''), zlib.crc32('', 123), zlib.crc32(new Uint16Array([1, 2])), zlib.crc32('ü'),
  zlib.crc32(new DataView(new ArrayBuffer(4))), zlib.crc32(Buffer.alloc(100000, 7)));

// The module's shape (Brotli left out: it is not in Go's standard library).
const noBrotli = (k) => !/brotli/i.test(k);
console.log(Object.keys(zlib).filter(noBrotli).join());
console.log(Object.getOwnPropertyNames(zlib).filter((k) => k.startsWith('Z_') || /^[A-Z]+$/.test(k)).length);
console.log(zlib.Z_NO_FLUSH, zlib.Z_FINISH, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_CHUNK, zlib.Z_MAX_CHUNK, zlib.ZLIB_VERNUM, zlib.UNZIP);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(zlib, 'Z_OK')), Object.getOwnPropertyDescriptor(zlib, 'constants').writable,
  Object.getPrototypeOf(zlib.constants), Object.isFrozen(zlib.codes));
console.log(zlib.constants);
console.log(zlib.codes);
console.log(typeof zlib.createGzip, Object.getOwnPropertyDescriptor(zlib, 'createGzip').writable,
  zlib.Gzip.name, zlib.Unzip.length, Object.getPrototypeOf(zlib.Gzip) === Object.getPrototypeOf(zlib.Inflate),
  zlib.Gzip() instanceof zlib.Gzip, zlib.createUnzip() instanceof require('stream').Transform);
