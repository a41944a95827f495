class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Point3 extends Point { constructor(x, y, z) { super(x, y); this.z = z; } }
console.log(new Point(1, 2), new Point3(1, 2, 3));
console.log([new Point(0, 0)], { p: new Point3(1, 1, 1) });
class Empty {}
console.log(new Empty());
function Legacy() { this.v = 1; }
console.log(new Legacy());
class Tagged { get [Symbol.toStringTag]() { return 'TagName'; } }
console.log(new Tagged());
const own = { [Symbol.toStringTag]: 'OwnTag', a: 1 };
console.log(own);
const hiddenTag = { a: 1 };
Object.defineProperty(hiddenTag, Symbol.toStringTag, { value: 'Hidden' });
console.log(hiddenTag);
console.log(Object.create(Object.create(null)));
console.log(Object.create(Point.prototype));
class WithAccessors { get computed() { return 42; } constructor() { this.field = 1; } }
console.log(new WithAccessors());
class Private { #secret = 1; visible = 2; }
console.log(new Private());
console.log(Object.prototype, Array.prototype, Function.prototype);
