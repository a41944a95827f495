// Duplex.from with web streams: a ReadableStream, a WritableStream, a
// { readable, writable } pair of them, and a pair with only a web writable.
const { Duplex } = require('stream');
const source = (...chunks) => new ReadableStream({
  start(c) {
    for (const x of chunks) c.enqueue(x);
    c.close();
  },
});
const sink = (log) => new WritableStream({ write(chunk) { log.push(String(chunk)); } });
const finished = (d) => new Promise((resolve) => d.on('finish', resolve));
(async () => {
  const r = Duplex.from(source('a', 'b'));
  console.log('readable stream', r.readable, r.writable, (await r.toArray()).join(','));

  const wlog = [];
  const w = Duplex.from(sink(wlog));
  console.log('writable stream', w.readable, w.writable);
  w.write('x');
  w.end('y');
  await finished(w);
  console.log('  wrote', wlog.join(','), w.writable);

  const plog = [];
  const p = Duplex.from({ readable: source('r'), writable: sink(plog) });
  p.end('w');
  const [read] = await Promise.all([p.toArray(), finished(p)]);
  console.log('web pair', read.map(String).join(','), plog.join(','));

  const olog = [];
  const o = Duplex.from({ writable: sink(olog) });
  console.log('writable only', o.readable, o.writable);
  o.end('z');
  await finished(o);
  console.log('  wrote', olog.join(','));
})();
