// process.config, as node 20 defines it: a non-writable, configurable,
// enumerable data property holding an object frozen through.
'use strict';
const d = Object.getOwnPropertyDescriptor(process, 'config');
console.log(d.writable, d.enumerable, d.configurable, Object.hasOwn(d, 'value'));
console.log(Object.isFrozen(process.config), Object.isFrozen(process.config.variables));
for (const f of [() => { process.config.variables = 42; }, () => { process.config.extra = 1; },
  () => { process.config.variables.extra = 1; }, () => { process.config = {}; }]) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.name);
  }
}
console.log(typeof process.config, typeof process.config.variables);
