// stream.duplexPair (what one side writes the other reads; a write completes
// when read) and stream/consumers (text, buffer, arrayBuffer, json).
const { duplexPair, Readable, PassThrough } = require('stream');
const consumers = require('stream/consumers');
const [a, b] = duplexPair();
const log = [];
b.on('data', (d) => log.push(`b data ${d}`));
b.on('end', () => log.push('b end'));
a.on('finish', () => { log.push('a finish'); setImmediate(rest); });
a.write('hello', () => log.push('a write cb'));
a.write('', () => log.push('a empty write cb'));
a.end('bye');
b.write('back');
a.on('data', (d) => log.push(`a data ${d}`));
async function rest() {
  console.log(log.join('\n'));
  console.log(Object.keys(consumers).join(','));
  console.log(JSON.stringify(await consumers.text(Readable.from(['a', Buffer.from([0xe2, 0x82]), Buffer.from([0xac, 0x62])]))));
  console.log(await consumers.buffer(Readable.from(['x', Buffer.from('yz')])));
  const ab = await consumers.arrayBuffer(Readable.from([Buffer.from('abc')]));
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  console.log(await consumers.json(Readable.from(['{"a":', '[1,2]}'])));
  const pt = new PassThrough(); pt.end(Buffer.from([0xef, 0xbb, 0xbf, 0x41]));
  console.log(JSON.stringify(await consumers.text(pt)));
  try { await consumers.json(Readable.from(['{x'])); } catch (e) { console.log(e.name); }
  const bad = new Readable({ read() { this.destroy(new Error('boom')); } });
  try { await consumers.text(bad); } catch (e) { console.log('rejected', e.message); }
}
