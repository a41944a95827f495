// An uncaught exception in nested domains goes as node's domain
// _errorHandler sends it: to the innermost domain, exited first, with the
// outer ones still active; with no listener there, or if its listener
// throws, on to the next domain out. A throw out of domains none of which
// listens reaches 'uncaughtException'.
const domain = require('domain');
const outer = domain.create();
const inner = domain.create();
const name = (d) => (d === outer ? 'outer' : d === inner ? 'inner' : String(d));
outer.on('error', (e) => {
  console.log('outer caught', e.message, name(e.domain), 'active', name(process.domain));
  setImmediate(step2);
});
outer.run(() => inner.run(() => { throw new Error('one'); }));

function step2() {
  console.log('step2 active', name(process.domain));
  const a = domain.create();
  const b = domain.create();
  a.on('error', (e) => {
    console.log('a caught', e.message);
    setImmediate(step3);
  });
  b.on('error', (e) => {
    console.log('b caught', e.message, 'active', name(process.domain) === String(a) ? 'a' : name(process.domain));
    throw new Error('from b');
  });
  a.run(() => b.run(() => { throw new Error('two'); }));
}

function step3() {
  process.on('uncaughtException', (e) => console.log('uncaughtException', e.message, process.domain));
  const x = domain.create();
  x.run(() => { throw new Error('three'); });
}
