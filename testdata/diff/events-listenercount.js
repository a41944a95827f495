// listenerCount, listeners vs rawListeners, eventNames with symbols.
const EventEmitter = require('events');
const e = new EventEmitter();
const s = Symbol('sym');
function f() {}
function g() {}
e.on('a', f);
e.on('a', g);
e.once('a', f);
e.on(s, g);
console.log(e.listenerCount('a'), e.listenerCount('a', f), e.listenerCount('a', g), e.listenerCount('zz'));
console.log(e.listenerCount(s), EventEmitter.listenerCount(e, s));
console.log(e.listeners('a').map((x) => x.name).join(','));
console.log(e.rawListeners('a').map((x) => x === f || x === g).join(','));
console.log(e.eventNames().map(String).join(','));
const ls = e.listeners('a');
ls.push(() => {});
console.log('copy', e.listenerCount('a'));
console.log(EventEmitter.getEventListeners(e, 'a').length);
e.off('a', f);
console.log('after off', e.listeners('a').map((x) => x.name).join(','), e.listenerCount('a', f));
