// The domain module: errors thrown in d.run(), and in timers, immediates,
// nextTick, promise and I/O callbacks scheduled inside it, go to the
// domain's 'error' listener with err.domain and err.domainThrown; nested
// domains, bind, intercept, add/remove, process.domain and domain.active.
const domain = require('domain');
const fs = require('fs');

console.log('before', process.domain, domain.active);
const seen = [];
const d = domain.create();
d.on('error', (er) => {
  seen.push(`${er.message} domain=${er.domain === d} thrown=${er.domainThrown}`);
});
d.run(() => {
  console.log('inside', process.domain === d, domain.active === d);
  setTimeout(() => { throw new Error('timer'); }, 1);
  setImmediate(() => { throw new Error('immediate'); });
  process.nextTick(() => { throw new Error('tick'); });
  fs.readFile(__filename, () => {
    console.log('in I/O callback', process.domain === d);
    throw new Error('io');
  });
});
console.log('after run', process.domain);

const outer = domain.create();
const inner = domain.create();
outer.on('error', (er) => seen.push(`outer got ${er.message}`));
inner.on('error', (er) => seen.push(`inner got ${er.message}`));
outer.run(() => {
  inner.run(() => setTimeout(() => { throw new Error('nested'); }, 2));
  setTimeout(() => { throw new Error('outer only'); }, 3);
});

const bound = d.bind(function (x) { return [x, this && this.tag, process.domain === d]; });
console.log('bound', bound.call({ tag: 'T' }, 1), bound.domain === d);
const cb = d.intercept((a, b) => console.log('intercepted ok', a, b, process.domain === d));
cb(null, 1, 2);
cb(new Error('intercepted'));

const ee = new (require('events'))();
d.add(ee);
console.log('member', ee.domain === d, d.members.length);
d.remove(ee);
console.log('removed', ee.domain, d.members.length);

setTimeout(() => {
  console.log(seen.sort());
  // (node leaves process.domain undefined or null, by timing.)
  console.log('end', process.domain == null, Object.keys(domain).sort());
}, 100);
