'use strict';
// zlib's errors as node gives them: option checks (ERR_OUT_OF_RANGE,
// ERR_INVALID_ARG_TYPE), zlib data errors with errno and code from the
// Sync functions, the callback forms and the streams, ERR_BUFFER_TOO_LARGE
// and the assertion for reset() after close().
const zlib = require('zlib');
const util = require('util');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? r.length : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, JSON.stringify(e.message), Object.keys(e));
  }
}

const text = 'some text to compress '.repeat(100);
const gz = zlib.gzipSync(text);
const df = zlib.deflateSync(text);
const flip = (buf, i, bit = 1) => { const b = Buffer.from(buf); b[i < 0 ? b.length + i : i] ^= bit; return b; };

// Option checks.
const bad = [
  { level: 10 }, { level: -2 }, { level: '3' }, { level: Infinity }, { level: NaN }, { level: 1.5 },
  { windowBits: 7 }, { windowBits: 16 }, { windowBits: 8 }, { memLevel: 0 }, { memLevel: 10 },
  { strategy: 5 }, { strategy: -1 }, { chunkSize: 63 }, { chunkSize: '64' }, { chunkSize: -Infinity },
  { flush: 6 }, { finishFlush: -1 }, { flush: 'x' }, { maxOutputLength: 0 }, { maxOutputLength: 2 ** 53 },
  { dictionary: 'abc' }, { dictionary: [1, 2] }, { dictionary: null },
];
for (const opts of bad) {
  show(`gzip ${util.inspect(opts)}`, () => zlib.gzipSync('x', opts).length > 0);
  show(`deflateRaw ${util.inspect(opts)}`, () => zlib.deflateRawSync('x', opts).length > 0);
}
for (const wb of [0, undefined, 8, 9]) {
  show(`inflate windowBits ${wb}`, () => zlib.inflateSync(df, { windowBits: wb }));
  show(`gunzip windowBits ${wb}`, () => zlib.gunzipSync(gz, { windowBits: wb }));
}
show('inflate windowBits from header', () => zlib.inflateSync(df, { windowBits: 14 }));
for (const v of [12, null, undefined, {}, [1, 2], true]) show(`input ${util.inspect(v)}`, () => zlib.deflateSync(v));
show('no callback', () => zlib.gzip('x'));
show('callback not a function', () => zlib.gzip('x', {}, 'cb'));
show('crc32 number', () => zlib.crc32(5));
show('crc32 value', () => zlib.crc32('a', -1));
show('crc32 value float', () => zlib.crc32('a', 1.5));
show('crc32 value string', () => zlib.crc32('a', '1'));
show('crc32 value big', () => zlib.crc32('a', 2 ** 32));
show('params level', () => zlib.createDeflate().params(11, 0));
show('params strategy', () => zlib.createDeflate().params(1, 'x'));

// Data errors.
show('gunzip text', () => zlib.gunzipSync(Buffer.from('hello world')));
show('inflate text', () => zlib.inflateSync(Buffer.from('hello world')));
show('unzip text', () => zlib.unzipSync(Buffer.from('hello world')));
show('unzip 1f', () => zlib.unzipSync(Buffer.from([0x1f, 0x00, 0, 0])));
show('gunzip zlib', () => zlib.gunzipSync(df));
show('inflate gzip', () => zlib.inflateSync(gz));
show('inflateRaw block type', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])));
show('inflateRaw stored lengths', () => zlib.inflateRawSync(Buffer.from([0x01, 0x05, 0x00, 0x00, 0x00, 1, 2, 3])));
show('truncated gzip', () => zlib.gunzipSync(gz.subarray(0, gz.length - 10)));
show('truncated header', () => zlib.gunzipSync(gz.subarray(0, 5)));
show('truncated deflate', () => zlib.inflateSync(df.subarray(0, 10)));
show('truncated raw', () => zlib.inflateRawSync(zlib.deflateRawSync(text).subarray(0, 10)));
show('one byte', () => zlib.inflateSync(Buffer.from([0x78])));
show('empty gunzip', () => zlib.gunzipSync(Buffer.alloc(0)));
show('empty inflate', () => zlib.inflateSync(''));
show('empty inflateRaw', () => zlib.inflateRawSync(''));
show('empty unzip', () => zlib.unzipSync(new ArrayBuffer(0)));
show('gzip crc', () => zlib.gunzipSync(flip(gz, -5)));
show('gzip length', () => zlib.gunzipSync(flip(gz, -1)));
show('gzip method', () => zlib.gunzipSync(flip(gz, 2, 0x0f)));
show('gzip flags', () => zlib.gunzipSync(flip(gz, 3, 0x40)));
show('zlib adler', () => zlib.inflateSync(flip(df, -1)));
show('zlib header', () => zlib.inflateSync(flip(df, 1)));
show('zlib method', () => zlib.inflateSync(Buffer.from([0x79, 0x9c - 0x0d, 0, 0])));
show('zlib window', () => zlib.inflateSync(Buffer.from([0x88, 0x98, 0, 0])));
show('zlib window option', () => zlib.inflateSync(df, { windowBits: 9 }));
show('missing dictionary', () => zlib.inflateSync(zlib.deflateSync('x', { dictionary: Buffer.from('abc') })));
show('bad dictionary', () => zlib.inflateSync(zlib.deflateSync('x', { dictionary: Buffer.from('abc') }), { dictionary: Buffer.from('abd') }));
show('trailing garbage gunzip', () => zlib.gunzipSync(Buffer.concat([gz, Buffer.from('garbage')])));
show('trailing garbage inflate', () => zlib.inflateSync(Buffer.concat([df, Buffer.from('garbage')])));
show('maxOutputLength', () => zlib.gunzipSync(gz, { maxOutputLength: 100 }));
show('maxOutputLength compress', () => zlib.gzipSync(text, { maxOutputLength: 10 }));
show('reset after close', () => { const d = zlib.createDeflate(); d.close(); d.reset(); });
show('flush after finish sync', () => zlib.inflateSync(df, { finishFlush: zlib.constants.Z_SYNC_FLUSH }));

// Callback forms and streams get the same errors; run one after another.
const steps = [
  (next) => zlib.gunzip(Buffer.from('not gzip'), (err, res) => { console.log('cb gunzip', err.message, err.code, err.errno, res); next(); }),
  (next) => zlib.inflate(df.subarray(0, 20), (err) => { console.log('cb truncated', err.message, err.code, err.errno); next(); }),
  (next) => zlib.inflate(df, { maxOutputLength: 64 }, (err) => { console.log('cb max', err.name, err.code, err.message); next(); }),
  (next) => util.promisify(zlib.unzip)(Buffer.from([1, 2, 3, 4])).catch((err) => { console.log('promise', err.message, err.code); next(); }),
  (next) => {
    const s = zlib.createGunzip();
    const events = [];
    s.on('data', () => events.push('data'));
    s.on('error', (err) => events.push(`error ${err.message} ${err.code} ${err.errno}`));
    s.on('close', () => { events.push('close'); console.log('stream', events.join(', '), s.destroyed, s._closed); next(); });
    s.on('end', () => events.push('end'));
    s.write(gz);
    s.end(Buffer.from('more garbage'));
  },
  (next) => {
    const s = zlib.createInflate();
    s.on('error', (err) => { console.log('stream header', err.message, err.code, s.destroyed); });
    s.on('close', next);
    s.write(Buffer.from('xx'));
  },
  (next) => {
    const s = zlib.createGunzip();
    s.on('error', (err) => console.log('stream eof', err.message, err.code, err.errno));
    s.on('close', next);
    s.end(gz.subarray(0, gz.length - 1));
  },
  (next) => {
    const s = zlib.createDeflate();
    s.on('error', (err) => console.log('write after end', err.code, err.message));
    s.end('x');
    s.write('y');
    s.on('close', next);
    s.resume();
  },
  (next) => {
    const s = zlib.createDeflate();
    s.destroy();
    s.on('close', () => { console.log('destroyed', s._closed); next(); });
  },
];
(function run(i) { if (i < steps.length) steps[i](() => run(i + 1)); else console.log('done'); })(0);
