const util = require('util');
const EventEmitter = require('events');
function Base() { this.base = true; }
Base.prototype.hello = function () { return 'hello from ' + this.constructor.name; };
function Child() { Base.call(this); this.child = true; }
util.inherits(Child, Base);
const c = new Child();
console.log(c.hello(), c instanceof Base, Child.super_ === Base, c);
function Emitter() { EventEmitter.call(this); }
util.inherits(Emitter, EventEmitter);
const e = new Emitter();
e.on('x', (v) => console.log('got', v));
e.emit('x', 1);
for (const [a, b] of [[null, Base], [Child, undefined], [Child, Object.create(null)]]) {
  try { util.inherits(a, b); } catch (err) { console.log(err.code, err.message); }
}
console.log(util._extend({ a: 1 }, { b: 2, a: 3 }), util._extend({ a: 1 }, null));
