// zlib's Brotli: BrotliCompress and BrotliDecompress, their one-shot and
// callback forms and streams (flushed mid-way), round trips, node's bytes
// decoded, params checked (quality, bad keys and values), the decoder's
// errors with its codes, truncated input, trailing bytes ignored.
const z = require('zlib');
const t = (label, f) => { try { const r = f(); console.log(label, Buffer.isBuffer(r) ? r.toString('hex').slice(0, 64) : r); } catch (e) { console.log(label, e.name, e.code, e.errno, e.message); } };
const text = Buffer.from('hello brotli '.repeat(200) + Array.from({ length: 300 }, (_, i) => i * i).join(','));
t('roundtrip', () => z.brotliDecompressSync(z.brotliCompressSync(text)).equals(text));
t('q4 roundtrip', () => z.brotliDecompressSync(z.brotliCompressSync(text, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 4 } })).equals(text));
t('empty', () => z.brotliCompressSync(''));
t('empty back', () => z.brotliDecompressSync(z.brotliCompressSync('')).length);
t('garbage', () => z.brotliDecompressSync(Buffer.from('garbage data here')));
t('truncated', () => z.brotliDecompressSync(z.brotliCompressSync('hello world').subarray(0, 5)));
t('param 99', () => z.brotliCompressSync('x', { params: { 99: 1 } }));
t('param type', () => z.brotliCompressSync('x', { params: { [z.constants.BROTLI_PARAM_QUALITY]: 'a' } }));
t('param abc', () => z.brotliCompressSync('x', { params: { abc: 1 } }));
t('param dup', () => z.brotliCompressSync('x', { params: { 1: 1, '01': 2 } }));
t('trailing', () => z.brotliDecompressSync(Buffer.concat([z.brotliCompressSync('a'), Buffer.from('extra')])).toString());
t('bad flush', () => z.createBrotliCompress({ flush: 4 }));
t('node-made', () => z.brotliDecompressSync(Buffer.from('1b1600f88d946ede445586966c206f214f1ce038', 'hex').subarray(0)).toString());
t('exports', () => Object.keys(z).filter((k) => /brotli/i.test(k)).join());
t('instance', () => [z.BrotliCompress() instanceof z.BrotliCompress, z.createBrotliDecompress() instanceof require('stream').Transform].join());
z.brotliCompress(text, (err, buf) => {
  console.log('async', err, buf.length > 0);
  z.brotliDecompress(buf, (err, out) => {
    console.log('async back', err, out.equals(text));
    z.brotliDecompress(Buffer.from('not brotli at all'), (err) => {
      console.log('async error', err.code, err.errno, err.message);
      // After the callbacks: their order against a stream is the thread pool's.
      streamRoundTrip();
    });
  });
});
function streamRoundTrip() {
  const enc = z.createBrotliCompress();
  const dec = z.createBrotliDecompress();
  const parts = [];
  enc.pipe(dec).on('data', (d) => parts.push(d)).on('end', () => console.log('stream', Buffer.concat(parts).equals(text)));
  enc.write(text.subarray(0, 1000));
  enc.flush(() => { enc.end(text.subarray(1000)); });
}
