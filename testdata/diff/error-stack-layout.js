// The stack of errors made by gonode (argument errors, system errors from
// Go and from JavaScript helpers) and by Error.captureStackTrace is in
// node's layout: the header, frames indented four spaces, no program
// counters, no trailing newline; captureStackTrace(this, Class) in a class
// constructor starts at the caller.
const layout = (e) => [JSON.stringify(e.stack.split('\n')[0]), /\t|\(\d+\)\)?$/m.test(e.stack), e.stack.endsWith('\n'),
  e.stack.split('\n').slice(1).every((l) => l.startsWith('    at '))].join(' ');
try { setTimeout('x'); } catch (e) { console.log(layout(e)); }
try { require('fs').readFileSync(5.5); } catch (e) { console.log(layout(e)); }
try { Buffer.alloc(-1); } catch (e) { console.log(layout(e)); }
try { require('fs').readFileSync('/nonexistent/x'); } catch (e) { console.log(layout(e)); }
class MyErr extends Error {
  constructor(m) { super(m); this.name = 'MyErr'; Error.captureStackTrace(this, MyErr); }
}
function thrower() { throw new MyErr('mine'); }
try { thrower(); } catch (e) { console.log(layout(e), /^    at thrower \(/.test(e.stack.split('\n')[1])); }
function helper() { const o = { message: 'm', name: 'N' }; Error.captureStackTrace(o, helper); return o; }
function caller() { return helper(); }
console.log(layout(caller()), /^    at caller \(/.test(caller().stack.split('\n')[1]));
// One after the other: which of the two fails first is a race.
require('fs').readFile('/nonexistent/y', (e) => {
  console.log(layout(e));
  require('net').connect(1, '127.0.0.1').on('error', (e) => console.log(layout(e)));
});
require('child_process').spawn('/nonexistent-binary').on('error', (e) => console.log(layout(e)));
