'use strict';
// vm: scripts in this context, contexts (the contextified object as the
// global scope), compileFunction, timeouts and argument errors.
const vm = require('vm');
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
console.log(Object.keys(vm).join());

// This context: the global scope.
show('this context', () => vm.runInThisContext('var vmGlobal = 41; vmGlobal + 1'));
console.log('global made', globalThis.vmGlobal, typeof require, vm.runInThisContext('typeof require'));
show('filename string', () => vm.runInThisContext('1 + 1', 'named.js'));
const counter = new vm.Script('globalThis.runs = (globalThis.runs || 0) + 1');
counter.runInThisContext();
counter.runInThisContext();
console.log('runs', globalThis.runs);

// Contexts.
const ctx = vm.createContext({ a: 1, b: 2, list: [] });
console.log(vm.isContext(ctx), vm.isContext({}), vm.createContext(ctx) === ctx);
show('expression', () => vm.runInContext('a + b', ctx));
show('declarations', () => vm.runInContext(`
  var x = a * 10;
  function f() { return x + 1; }
  function g() { return f() * 2; }
  y = g();
  list.push(typeof console, typeof require, typeof setTimeout, typeof process, typeof Buffer);
  'done'`, ctx));
console.log('after', ctx.x, ctx.y, typeof ctx.f, Object.keys(ctx).join(), ctx.list.join());
console.log('leaked', typeof globalThis.y, typeof globalThis.x, typeof globalThis.f);
ctx.x = 100;
console.log('closure sees changes', ctx.f(), ctx.g());
show('this and globalThis', () => vm.runInContext('[this === globalThis, globalThis.a, typeof globalThis.f]', ctx).join());
show('typeof undeclared', () => vm.runInContext('typeof nothing', ctx));
show('undeclared', () => vm.runInContext('nothing + 1', ctx));
show('builtins', () => vm.runInContext('JSON.stringify({ m: Math.max(1, 5), s: [3, 1, 2].sort() })', ctx));
show('strict', () => vm.runInContext('"use strict"; z = 7; z * 2', ctx));
console.log('strict assignment', ctx.z);
show('delete', () => vm.runInContext('delete b', ctx));
console.log('b gone', 'b' in ctx);
show('throws', () => vm.runInContext('throw new RangeError("out of range")', ctx));
show('console is quiet', () => vm.runInNewContext('console.log("not printed"); typeof console.log'));
show('new context', () => vm.runInNewContext('p * q', { p: 6, q: 7 }));
show('new context, no object', () => vm.runInNewContext('typeof globalThis'));
const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1', { filename: 'count.js' });
const c2 = vm.createContext({});
script.runInContext(c2);
script.runInContext(c2);
show('script twice', () => c2.count);
show('runInNewContext', () => script.runInNewContext({ count: 10 }));

// Syntax errors at compile time.
show('syntax', () => new vm.Script('var = 1', { filename: 'bad.js' }));
show('syntax in context', () => vm.runInNewContext('1 +', {}));

// Timeouts.
show('timeout', () => vm.runInNewContext('while (true) {}', {}, { timeout: 30 }));
show('timeout this context', () => vm.runInThisContext('for (;;) {}', { timeout: 30 }));
show('fast with timeout', () => vm.runInThisContext('2 * 21', { timeout: 1000 }));
show('bad timeout', () => vm.runInThisContext('1', { timeout: -1 }));

// compileFunction.
const fn = vm.compileFunction('return a + b + c', ['a', 'b'], { contextExtensions: [{ c: 100 }] });
console.log('compileFunction', fn(1, 2), JSON.stringify(fn.name), fn.length);
const inCtx = vm.compileFunction('return a * 2', [], { parsingContext: vm.createContext({ a: 21 }) });
console.log('parsingContext', inCtx());
show('compileFunction syntax', () => vm.compileFunction('return 1 +* 2', []));
show('compileFunction params', () => vm.compileFunction('', [1]));

// Argument errors.
show('runInContext plain object', () => vm.runInContext('1', {}));
show('createContext number', () => vm.createContext(5));
show('isContext string', () => vm.isContext('x'));
show('bad filename', () => new vm.Script('1', { filename: 5 }));
show('bad options', () => new vm.Script('1', 5));
console.log(typeof vm.Script.prototype.runInNewContext, Buffer.isBuffer(new vm.Script('1').createCachedData()),
  vm.createScript('1') instanceof vm.Script, typeof vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER);
