// A runaway recursion throws V8's RangeError, which the program catches
// and goes on from: through plain calls, through a built-in's callback, and
// again after the first; the error's stack has Error.stackTraceLimit frames.
let depth = 0;
function recurse() { depth++; recurse(); }
try {
  recurse();
} catch (e) {
  console.log(e instanceof RangeError, e.message, depth > 5000, depth < 100000, e.stack.split('\n').length);
}
let viaBuiltin = 0;
function recurseForEach() { viaBuiltin++; [1].forEach(recurseForEach); }
try {
  recurseForEach();
} catch (e) {
  console.log(e.constructor.name, e.message, viaBuiltin > 1000);
}
let finallyRan = 0;
function withFinally() { try { withFinally(); } finally { finallyRan++; } }
try { withFinally(); } catch (e) { console.log(e.message, finallyRan > 1000); }
console.log('still running', [1, 2, 3].map((x) => x * 2).join());
