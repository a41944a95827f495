// Error.prepareStackTrace(error, callSites) with Error.captureStackTrace, as
// npm's depd (express, body-parser, http-errors) and callsites use it: the
// structured trace is an array of CallSite objects whose file, line,
// column and function name locate the callers, and what prepareStackTrace
// returns becomes the stack. Only this file's frames are compared: node
// adds frames of its own module loader below them.
'use strict';

function getStack() {
  const limit = Error.stackTraceLimit;
  const prep = Error.prepareStackTrace;
  const obj = {};
  Error.prepareStackTrace = (o, stack) => stack;
  Error.stackTraceLimit = Math.max(10, limit);
  Error.captureStackTrace(obj);
  const stack = obj.stack.slice(1); // this function's own frame
  Error.prepareStackTrace = prep;
  Error.stackTraceLimit = limit;
  return stack;
}

function describe(site) {
  return [
    site.getFileName() === __filename ? 'this file' : site.getFileName(),
    site.getLineNumber(),
    site.getColumnNumber(),
    site.getFunctionName(),
    site.isEval(),
    site.isNative(),
    site.getEvalOrigin(),
    String(site).replace(__filename, 'FILE'),
  ].join(' ');
}

function ours(stack) {
  return stack.filter((site) => site.getFileName() === __filename).map(describe);
}

// depd: who called the function that asks.
function deprecate() {
  const stack = getStack();
  return describe(stack[1]);
}
function libraryUser() {
  return deprecate();
}
console.log('caller:', libraryUser());

// Frames of named functions and of the module's top level.
function a() { return b(); }
function b() { return getStack(); }
console.log(ours(a()).join('\n'));

const arrow = () => getStack();
console.log(ours(arrow()).slice(0, 1).join('\n'));

// What prepareStackTrace returns is the stack, whatever it is.
Error.prepareStackTrace = (err, sites) => `${err.name}|${err.message}|${Array.isArray(sites)}`;
const e = { name: 'N', message: 'M' };
Error.captureStackTrace(e);
console.log(e.stack);
Error.prepareStackTrace = () => 42;
const n = {};
Error.captureStackTrace(n);
console.log(n.stack, typeof n.stack);
const d = Object.getOwnPropertyDescriptor(n, 'stack');
console.log('descriptor:', d.writable, d.enumerable, d.configurable);

// A throwing prepareStackTrace throws out of captureStackTrace (V8 throws
// on the first read; either way the caller sees it).
Error.prepareStackTrace = () => { throw new Error('from prepare'); };
try {
  const t = {};
  Error.captureStackTrace(t);
  console.log('read:', t.stack);
} catch (err) {
  console.log('caught:', err.message);
}

// The CallSite prototype.
Error.prepareStackTrace = (err, sites) => sites;
const holder = {};
Error.captureStackTrace(holder);
const site = holder.stack[0];
console.log(Object.keys(site), Object.getPrototypeOf(site).constructor.name);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(site)).join(' '));
try {
  Object.getPrototypeOf(site).getFileName.call({});
  console.log('no throw');
} catch (err) {
  console.log('foreign receiver:', err instanceof TypeError);
}

// stackTraceLimit: 0 leaves the header, a non-number leaves no trace.
Error.prepareStackTrace = undefined;
Error.stackTraceLimit = 0;
const z = new Error('zero');
Error.captureStackTrace(z);
console.log(JSON.stringify(z.stack));
Error.stackTraceLimit = 1;
const one = {};
Error.captureStackTrace(one);
console.log(one.stack.split('\n').length);
Error.stackTraceLimit = 'many';
const none = {};
Error.captureStackTrace(none);
console.log('stack' in none, none.stack);
Error.stackTraceLimit = 10;

// Without prepareStackTrace the text has node's layout.
const plain = {};
Error.captureStackTrace(plain);
console.log(plain.stack.split('\n').slice(0, 2).join('\n').replace(__filename, 'FILE'));
