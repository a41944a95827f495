const { Console } = require('console');
const { Writable } = require('stream');
function capture() {
  const chunks = [];
  const stream = new Writable({ write(chunk, enc, cb) { chunks.push(chunk.toString()); cb(); } });
  return { stream, chunks };
}
const out = capture();
const err = capture();
const c = new Console(out.stream, err.stream);
c.log('to out', { n: 1 });
c.error('to err');
c.warn('warn to err');
c.info('info to out');
c.table([{ x: 1 }]);
c.dir({ dir: true });
c.count();
c.group('g');
c.log('in group');
c.groupEnd();
console.log(JSON.stringify(out.chunks));
console.log(JSON.stringify(err.chunks));
const single = capture();
const c2 = Console({ stdout: single.stream });
c2.error('stderr defaults to stdout');
console.log(JSON.stringify(single.chunks));
console.log(c instanceof Console, console instanceof Console, {} instanceof Console, Object.keys(c).length);
console.log(Object.keys(c).join(','));
const colored = capture();
new Console({ stdout: colored.stream, colorMode: true }).log({ n: 1, s: 'x' });
new Console({ stdout: colored.stream, inspectOptions: { depth: 0, breakLength: 10 } }).log({ a: { b: 1 }, cc: 2, dd: 3 });
console.log(JSON.stringify(colored.chunks));
for (const f of [() => new Console(), () => new Console({ stdout: out.stream, colorMode: 'x' }),
  () => new Console({ stdout: out.stream, groupIndentation: 2000 }),
  () => new Console({ stdout: out.stream, inspectOptions: { colors: true }, colorMode: true }),
  () => new Console({ stdout: out.stream, inspectOptions: 5 }), () => new Console({ stdout: {} })]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
class Sub extends Console { log(...args) { super.log('[sub]', ...args); } }
const s = capture();
new Sub(s.stream).log('hi');
console.log(JSON.stringify(s.chunks));
