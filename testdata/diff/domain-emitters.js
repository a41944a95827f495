'use strict';
// Emitters in domains, as node's domain module wraps emit: an emitter
// added to a domain (explicitly, or made while it runs) gives its
// unhandled 'error' to the domain, a missing or falsy error becoming
// ERR_UNHANDLED_ERROR; its listeners run in the domain, and what they
// throw goes to it.
const domain = require('domain');
const EventEmitter = require('events');

const d = domain.create();
d.on('error', (er) => {
  console.log('domain error:', typeof er === 'object' ? `${er.name} ${er.code} ${er.message}` : er,
              typeof er === 'object' ? [er.domain === d, er.domainEmitter !== undefined, er.domainThrown] : '');
});

const explicit = new EventEmitter();
d.add(explicit);
explicit.emit('error', new Error('explicit'));
explicit.emit('error');
for (const v of [false, null, 42, 'text']) explicit.emit('error', v);

let implicit;
d.run(() => { implicit = new EventEmitter(); });
console.log('implicit bound:', implicit.domain === d);
implicit.emit('error', new Error('implicit'));

explicit.on('ping', () => console.log('in domain:', process.domain === d));
explicit.emit('ping');
console.log('after emit:', process.domain === d);

const bound = new EventEmitter();
d.add(bound);
bound.on('boom', () => { throw new Error('from listener'); });
setTimeout(() => bound.emit('boom'), 1);

d.remove(explicit);
try {
  explicit.emit('error', new Error('no domain'));
} catch (e) {
  console.log('thrown:', e.message);
}
