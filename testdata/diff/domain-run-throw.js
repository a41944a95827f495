// A throw out of domain.run() leaves the domain entered, as node's run has
// no finally: uncaught, the exception goes to the domain's 'error'
// listener (outside the domain: process.domain is undefined there), then
// process.domain is null again, also for the next timer due at the same
// time. Caught by the caller, the domain stays active.
const domain = require('domain');
const d = domain.create();
d.on('error', (e) => {
  console.log('d caught:', e.message, e.domain === d, e.domainThrown, process.domain);
  setImmediate(() => console.log('after handler, process.domain =', process.domain));
});
const caller = domain.create();
let active;
try {
  caller.run(() => { throw new Error('caught by the caller'); });
} catch (e) {
  active = [e.message, process.domain === caller, domain._stack.length];
}
caller.exit();
console.log('caught', ...active, 'exited', process.domain);

setTimeout(() => {
  const t = domain.create();
  t.on('error', (e) => console.log('t caught:', e.message, process.domain));
  t.run(function named() { undefinedFunction(); }); // eslint-disable-line no-undef
}, 10);
setTimeout(() => console.log('second timer, process.domain =', process.domain), 10);

d.run(() => { throw new Error('boom'); });
