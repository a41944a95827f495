const util = require('util');
const fn = util.deprecate(function add(a, b) { return a + b; }, 'add() is deprecated', 'DEP_TEST1');
console.log(fn(1, 2), fn(3, 4), fn.name);
const again = util.deprecate(() => 'again', 'same code', 'DEP_TEST1');
console.log(again());
class Old { constructor(v) { this.v = v; } }
const Wrapped = util.deprecate(Old, 'Old is deprecated');
const w = new Wrapped(5);
console.log(w.v, w instanceof Old, w instanceof Wrapped);
process.on('warning', (warning) => console.log('warning event:', warning.name, warning.code, warning.message));
try { util.deprecate(() => {}, 'msg', 5); } catch (e) { console.log(e.code, e.message); }
