// Arrow functions read the arguments of the function around them (upstream
// goja's compiler gets this wrong: a Go panic or undefined; gonode's goja
// is fixed), in modules and in code compiled by new Function and eval.
'use strict';
function first() { return (() => arguments[0])(); }
function count() { return [0].map(() => arguments.length)[0]; }
function nested() { return (() => () => arguments[1])()(); }
function same() { const outer = arguments; return (() => arguments === outer)(); }
function ownInner() { return (() => function () { return arguments[0]; })()('inner'); }
function withProps() { const o = { arguments: 'prop' }; return (() => o.arguments + arguments[0])(); }
const obj = { method() { return (() => Array.from(arguments))(); } };
class K { m() { return (() => arguments[0] * 2)(); } }
console.log(first('a', 'b'), count(1, 2, 3), nested(1, 'n'), same(), ownInner(), withProps('!'));
console.log(obj.method(1, 2), new K().m(21));

// A classic debounce: the arrow passes the latest call's arguments on.
function debounce(fn, ms) {
  let timer;
  return function () {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, arguments), ms);
  };
}
// Async functions and promise callbacks (run after the debounced call,
// so that the output's order does not depend on timers racing).
async function later() { await null; return new Promise((resolve) => setTimeout(() => resolve(arguments[0]), 1)); }
const log = debounce((...args) => {
  console.log('debounced', args);
  later('async value').then((v) => console.log(v));
}, 5);
log(1);
log(2, 3);

// Lines stay where they were: a frame inside such an arrow reports its line.
function where() {
  return (() => {
    const o = {};
    Error.captureStackTrace(o);
    return [arguments[0], o.stack.split('\n')[1].match(/:(\d+):\d+\)?$/)[1]];
  })();
}
console.log('line', where('w'));

// Code compiled at run time.
console.log(new Function('return (() => arguments[0] + arguments.length)();')('f', 2));
console.log(eval('(function () { return (() => () => arguments[1])()(); })')(1, 'eval'));
