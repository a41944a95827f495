'use strict';
// vm: Script, runInThisContext, contexts, compileFunction. A script runs in
// this context as a goja program. goja has a single realm, so a context is
// emulated: the contextified object is the global scope of the code run in
// it (a with-scope over a proxy of it), which shares this realm's built-in
// objects.

const binding = require('internal/vm');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateString, validateArray, validateBoolean, validateUint32 } = require('internal/validators');

function validateObject(value, name) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE(name, 'object', value);
  }
}

// The names of the global scope of a new context that are this realm's own
// (ECMAScript's globals): code in a context reads them from here unless the
// contextified object has its own.
const intrinsics = new Set([
  'Object', 'Function', 'Array', 'Number', 'parseFloat', 'parseInt', 'Infinity', 'NaN', 'undefined',
  'Boolean', 'String', 'Symbol', 'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError',
  'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl',
  'ArrayBuffer', 'Atomics', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array',
  'Int32Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array',
  'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect', 'FinalizationRegistry',
  'WeakRef', 'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape', 'unescape',
  'eval', 'isFinite', 'isNaN', 'SharedArrayBuffer', 'WebAssembly',
]);

// A new context's console is V8's, which prints nothing without an
// inspector attached.
let quietConsole;
function getQuietConsole() {
  if (quietConsole === undefined) {
    quietConsole = {};
    for (const key of Object.keys(console)) {
      if (typeof console[key] === 'function') quietConsole[key] = function() {};
    }
  }
  return quietConsole;
}

// The names the runner below uses itself; code in a context never sees them.
const runnerNames = new Set(['__vmScope__', '__vmCode__', '__vmLocals__']);

// Context is the state of one contextified object: the scope proxy its
// code runs under, and the functions the script running declares (they
// live in the runner's scope until the script ends). A name the object
// lacks resolves, through the scope, to the object's value when this
// realm's global has it and a new context's would not (process, Buffer,
// setTimeout: undefined there), and otherwise past the object: to this
// realm's built-ins, or to nothing (a ReferenceError, as in node; an
// assignment then makes a global, which the runner moves onto the object).
class Context {
  constructor(sandbox) {
    this.locals = new Set();
    this.scope = new Proxy(sandbox, {
      has: (target, key) => {
        if (typeof key === 'symbol' || runnerNames.has(key) || this.locals.has(key)) return false;
        if (key in target || key === 'globalThis' || key === 'console') return true;
        return !intrinsics.has(key) && key in globalThis;
      },
      get: (target, key) => {
        if (key === Symbol.unscopables) return undefined;
        if (!(key in target)) {
          if (key === 'globalThis') return target;
          if (key === 'console') return getQuietConsole();
        }
        return Reflect.get(target, key);
      },
      set: (target, key, value) => Reflect.set(target, key, value),
      deleteProperty: (target, key) => Reflect.deleteProperty(target, key),
    });
  }
}

const contexts = new WeakMap();

// runIn evaluates code with the contextified object's scope as its global
// scope and returns its completion value and the functions it declared.
// Sloppy-mode with and direct eval (so it is compiled apart from this
// strict module): var declarations and assignments to undeclared names land
// on the object; declared functions are handed back.
let runIn;
function getRunIn() {
  runIn ??= binding.runScript(binding.compile(`(function (__vmScope__, __vmCode__, __vmLocals__) {
  with (__vmScope__) {
    return [eval(__vmCode__), __vmLocals__.map(function (name) { return eval(name); })];
  }
})`, 'node:vm'), 0);
  return runIn;
}

// runInSandbox runs code, which declares the functions fns and the
// variables vars at its top level, in the context of sandbox.
function runInSandbox(sandbox, code, [fns, vars], timeout) {
  const context = contexts.get(sandbox);
  // Declared names are made first (functions, then variables), as a global
  // scope makes them.
  for (const name of [...fns, ...vars]) {
    if (!(name in sandbox)) sandbox[name] = undefined;
  }
  const saved = context.locals;
  context.locals = new Set(fns);
  const globals = new Set(Object.getOwnPropertyNames(globalThis));
  try {
    const [value, functions] = binding.callTimed(() => getRunIn().call(sandbox, context.scope, code, fns), timeout);
    fns.forEach((name, i) => { sandbox[name] = functions[i]; });
    return value;
  } finally {
    context.locals = saved;
    // Globals the code made by assigning to undeclared names are the
    // context's.
    for (const name of Object.getOwnPropertyNames(globalThis)) {
      if (!globals.has(name)) {
        sandbox[name] = globalThis[name];
        delete globalThis[name];
      }
    }
  }
}

function timeoutOf(options) {
  if (options == null || typeof options !== 'object') return 0;
  const { timeout } = options;
  if (timeout === undefined) return 0;
  validateUint32(timeout, 'options.timeout', true);
  return timeout;
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

class Script {
  #script;
  #code;
  #declarations; // [functions, variables] at the top level, found on the first run in a context

  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const { filename = 'evalmachine.<anonymous>', cachedData, produceCachedData = false } = options;
    validateString(filename, 'options.filename');
    validateBoolean(produceCachedData, 'options.produceCachedData');
    this.#script = binding.compile(code, filename);
    // Run in a context by eval, the code names its frames after filename
    // through a sourceURL comment, as V8's do (one without whitespace).
    this.#code = /^\S+$/.test(filename) ? `${code}\n//# sourceURL=${filename}` : code;
    // There is no code cache: data given is never used.
    if (cachedData !== undefined) this.cachedDataRejected = true;
    if (produceCachedData) {
      this.cachedDataProduced = false;
    }
  }

  runInThisContext(options) {
    return binding.runScript(this.#script, timeoutOf(options));
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    this.#declarations ??= binding.declarations(this.#code);
    return runInSandbox(contextifiedObject, this.#code, this.#declarations, timeoutOf(options));
  }

  runInNewContext(contextObject, options) {
    return this.runInContext(createContext(contextObject), options);
  }

  createCachedData() {
    return Buffer.alloc(0);
  }
}

function isContext(object) {
  validateObject(object, 'object');
  return contexts.has(object);
}

function createContext(contextObject = {}, options) {
  if (contexts.has(contextObject)) return contextObject;
  validateObject(contextObject, 'object');
  contexts.set(contextObject, new Context(contextObject));
  return contextObject;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInThisContext(code, options) {
  return createScript(code, options).runInThisContext(options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  return createScript(code, options).runInNewContext(contextObject, options);
}

// compileFunction compiles code as the body of a function of params, in
// this context, with each of contextExtensions' properties in its scope
// (and with a parsingContext, that context's global scope).
function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  params.forEach((p, i) => validateString(p, `params[${i}]`));
  validateObject(options, 'options');
  const { filename = '', parsingContext, contextExtensions = [] } = options;
  validateString(filename, 'options.filename');
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((e, i) => validateObject(e, `options.contextExtensions[${i}]`));
  const scopes = [...contextExtensions];
  if (parsingContext !== undefined) {
    validateContext(parsingContext);
    scopes.unshift(contexts.get(parsingContext).scope);
  }
  const names = scopes.map((_, i) => `__vmScope${i}__`);
  // One line of wrapping, so that line numbers in the body are the code's.
  const head = names.map((n) => `with (${n}) `).join('');
  const source = `(function (${names.join(', ')}) { ${head}return function (${params.join(', ')}) {${code}\n}; })`;
  const make = binding.runScript(binding.compile(source, filename), 0);
  return make(...scopes);
}

let measureWarned = false;

function measureMemory(options = {}) {
  validateObject(options, 'options');
  if (!measureWarned) {
    measureWarned = true;
    process.emitWarning('vm.measureMemory is an experimental feature and might change at any time',
      'ExperimentalWarning');
  }
  const { heapUsed, heapTotal } = process.memoryUsage();
  return Promise.resolve({ total: { jsMemoryEstimate: heapUsed, jsMemoryRange: [heapUsed, heapTotal] } });
}

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
