// Object.prototype's Annex B accessor methods (__defineGetter__, __defineSetter__,
// __lookupGetter__, __lookupSetter__), which koa's delegates calls.
const o = {};
o.__defineGetter__('x', function () { return 42; });
o.__defineSetter__('y', function (v) { this._y = v * 2; });
o.y = 5;
console.log(o.x, o._y, typeof o.__lookupGetter__('x'), typeof o.__lookupSetter__('y'), o.__lookupGetter__('nope'));
const d = Object.getOwnPropertyDescriptor(o, 'x');
console.log(d.enumerable, d.configurable);
const child = Object.create(o);
console.log(typeof child.__lookupGetter__('x'));
try { o.__defineGetter__('z', 1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.prototype.__defineGetter__.length, Object.prototype.__lookupGetter__.name, Object.getOwnPropertyDescriptor(Object.prototype, '__defineGetter__').enumerable);
try { Object.prototype.__defineGetter__.call(null, 'a', () => 1); } catch (e) { console.log(e.constructor.name); }
console.log(Object.keys(Object.prototype));
