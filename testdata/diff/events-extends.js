// class extends EventEmitter and util.inherits style.
const EventEmitter = require('events');
const util = require('util');
class Dog extends EventEmitter {
  constructor(name) {
    super();
    this.name = name;
  }
  bark() { this.emit('bark', this.name); }
}
const d = new Dog('rex');
d.on('bark', function (n) { console.log('bark', n, this instanceof Dog, this instanceof EventEmitter); });
d.bark();
function Cat(name) {
  EventEmitter.call(this);
  this.name = name;
}
util.inherits(Cat, EventEmitter);
Cat.prototype.meow = function () { return this.emit('meow', this.name); };
const c = new Cat('tom');
console.log('meow no listener', c.meow());
c.once('meow', (n) => console.log('meow', n));
console.log('meow', c.meow(), c.meow());
console.log(c instanceof EventEmitter, Object.keys(c).sort().join(','));
// an object mixing in EventEmitter.prototype without calling the constructor
const o = Object.create(EventEmitter.prototype);
o.on('z', (v) => console.log('mixin', v));
o.emit('z', 5);
console.log(o.listenerCount('z'));
