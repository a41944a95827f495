'use strict';
// SlowBuffer, poolSize, kMaxLength errors, Buffer() without new, transcode.
const { SlowBuffer, transcode, kMaxLength, constants } = require('buffer');
console.log(SlowBuffer(3).length, new SlowBuffer(2).length, Buffer.poolSize, kMaxLength === constants.MAX_LENGTH);
for (const [from, to, s] of [['utf8', 'ucs2', 'héllo'], ['ucs2', 'utf8', 'wörld'], ['utf8', 'latin1', 'añ€'], ['latin1', 'utf8', 'ÿ'], ['utf8', 'ascii', 'aé']]) {
  const src = Buffer.from(s, from);
  console.log(from, to, transcode(src, from, to).toString('hex'));
}
try { transcode(Buffer.from('a'), 'utf8', 'hex'); } catch (e) { console.log(e.code, e.message); }
try { transcode('a', 'utf8', 'ucs2'); } catch (e) { console.log(e.code, e.message); }
for (const size of [1.5, 0, kMaxLength + 1, -1, NaN, Infinity]) {
  try { console.log(size, Buffer.allocUnsafe(size).length); } catch (e) { console.log(size, e.name, e.code, e.message); }
}
