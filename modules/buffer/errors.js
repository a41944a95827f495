'use strict';
// internal/errors: Node-shaped error classes (code property, "Name [CODE]"
// stack header and toString) for the JavaScript core modules.

let util;
// loadUtil gives the util module, loaded on the first message that needs
// it (null where it cannot be).
function loadUtil() {
  if (util === undefined) {
    try {
      util = require('util');
    } catch {
      util = null;
    }
  }
  return util;
}

function inspect(value, opts) {
  if (loadUtil() && typeof util.inspect === 'function') return util.inspect(value, opts);
  return fallbackInspect(value);
}

// formatS renders a value in a message as node's internal/errors does with
// '%s' (util.format's %s: a BigInt with its n, -0, an object inspected
// unless it has a toString of its own, a Symbol as its description).
function formatS(value) {
  if (typeof value === 'string') return value;
  if (loadUtil() && typeof util.format === 'function') return util.format('%s', value);
  return typeof value === 'symbol' ? value.toString() : String(value);
}

const escapes = { '\n': '\\n', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\r': '\\r', '\\': '\\\\' };

// quoteString quotes a string as util.inspect does.
function quoteString(s) {
  let quote = "'";
  if (s.includes("'")) {
    if (!s.includes('"')) quote = '"';
    else if (!s.includes('`') && !s.includes('${')) quote = '`';
  }
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (ch === quote) out += `\\${ch}`;
    else if (escapes[ch]) out += escapes[ch];
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
    else out += ch;
  }
  return `${quote}${out}${quote}`;
}

function fallbackInspect(value) {
  switch (typeof value) {
    case 'string':
      return quoteString(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.toString();
    case 'function':
      return `[Function: ${value.name || '(anonymous)'}]`;
    case 'object':
      if (value === null) return 'null';
      if (value instanceof RegExp) return String(value);
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
      if (Object.getPrototypeOf(value) === null) return '[Object: null prototype] {}';
      try {
        return JSON.stringify(value);
      } catch {
        return '[object]';
      }
    default:
      return Object.is(value, -0) ? '-0' : String(value);
  }
}

// describeType renders a received value as Node's determineSpecificType.
function describeType(value) {
  if (value === null || value === undefined) return `${value}`;
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return `an instance of ${value.constructor.name}`;
    return inspect(value, { depth: -1 });
  }
  // (a long string is cut before it is quoted)
  let shown = inspect(typeof value === 'string' && value.length > 28 ? `${value.slice(0, 25)}...` : value, { colors: false });
  if (typeof value !== 'string' && shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof value} (${shown})`;
}

function makeNodeError(Base, code, format) {
  const ctor = {
    [Base.name]: class extends Base {
      constructor(...args) {
        super(format(...args));
        Object.defineProperty(this, 'code', {
          __proto__: null, value: code, enumerable: true, writable: true, configurable: true,
        });
        // The stack header shows the name as it is now: with the code.
        Object.defineProperty(this, 'name', {
          __proto__: null, value: `${Base.name} [${code}]`, configurable: true, writable: true,
        });
        Error.captureStackTrace(this, new.target);
        void this.stack;
        delete this.name;
      }

      toString() {
        return `${this.name} [${code}]: ${this.message}`;
      }
    },
  }[Base.name];
  return ctor;
}

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classRe = /^([A-Z][a-z0-9]*)+$/;

function joinList(items, last) {
  if (items.length === 1) return items[0];
  if (items.length === 2) return `${items[0]} ${last} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${last} ${items[items.length - 1]}`;
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg;
  if (name.endsWith(' argument')) {
    msg = `The ${name} `;
  } else {
    msg = `The "${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRe.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${joinList(types, 'or')}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${joinList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) {
      msg += `one of ${joinList(other, 'or')}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  return `${msg}. Received ${describeType(actual)}`;
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function outOfRangeMessage(str, range, input, replaceDefaultBoolean = false) {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}

const codes = {
  ERR_INVALID_ARG_TYPE: makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', invalidArgTypeMessage),
  ERR_INVALID_ARG_VALUE: makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
    let shown = inspect(value);
    if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
    return `The ${name.includes('.') ? 'property' : 'argument'} '${name}' ${reason}. Received ${shown}`;
  }),
  ERR_OUT_OF_RANGE: makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', outOfRangeMessage),
  ERR_INTERNAL_ASSERTION: makeNodeError(Error, 'ERR_INTERNAL_ASSERTION',
    (message) => `${message}\nThis is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n` +
      'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n'),
  ERR_UNKNOWN_ENCODING: makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', (enc) => `Unknown encoding: ${formatS(enc)}`),
  ERR_BUFFER_OUT_OF_BOUNDS: makeNodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', (name) => (name ?
    `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds')),
  ERR_INVALID_BUFFER_SIZE: makeNodeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', (s) => `Buffer size must be a multiple of ${s}`),
  ERR_STRING_TOO_LONG: makeNodeError(Error, 'ERR_STRING_TOO_LONG', () => 'Cannot create a string longer than 0x1fffffe8 characters'),
  ERR_MISSING_ARGS: makeNodeError(TypeError, 'ERR_MISSING_ARGS', (...args) => {
    // An array is alternatives: "a" or "b".
    const names = args.map((a) => (Array.isArray(a) ? a.map((x) => `"${x}"`).join(' or ') : `"${a}"`));
    const verb = names.length > 1 ? 'arguments' : 'argument';
    return `The ${joinList(names, 'and')} ${verb} must be specified`;
  }),
  ERR_INVALID_THIS: makeNodeError(TypeError, 'ERR_INVALID_THIS', (type) => `Value of "this" must be of type ${type}`),
  ERR_INVALID_URI: makeNodeError(URIError, 'ERR_INVALID_URI', () => 'URI malformed'),
  ERR_INVALID_URL: makeNodeError(TypeError, 'ERR_INVALID_URL', () => 'Invalid URL'),
  ERR_INVALID_URL_SCHEME: makeNodeError(TypeError, 'ERR_INVALID_URL_SCHEME', (scheme) => `The URL must be of scheme ${scheme}`),
  ERR_INVALID_FILE_URL_PATH: makeNodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', (msg) => `File URL path ${msg}`),
  ERR_INVALID_FILE_URL_HOST: makeNodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST',
    (platform) => `File URL host must be "localhost" or empty on ${platform}`),
  ERR_INVALID_TUPLE: makeNodeError(TypeError, 'ERR_INVALID_TUPLE', (name, shape) => `${name} must be an iterable ${shape} tuple`),
  ERR_ARG_NOT_ITERABLE: makeNodeError(TypeError, 'ERR_ARG_NOT_ITERABLE', (name) => `${name} must be iterable`),
  ERR_AMBIGUOUS_ARGUMENT: makeNodeError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT', (name, reason) => `The "${name}" argument is ambiguous. ${reason}`),
  ERR_INCOMPATIBLE_OPTION_PAIR: makeNodeError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
    (a, b) => `Option "${a}" cannot be used in combination with option "${b}"`),
  ERR_INVALID_RETURN_VALUE: makeNodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
    (input, name, value) => `Expected ${input} to be returned from the "${name}" function but got ${describeType(value)}.`),
  ERR_UNAVAILABLE_DURING_EXIT: makeNodeError(Error, 'ERR_UNAVAILABLE_DURING_EXIT', () => 'Cannot call function in process exit handler'),
};

// systemError builds node's SystemError with code (ERR_SYSTEM_ERROR,
// ERR_TTY_INIT_FAILED, ...): the message "<prefix>: <syscall> returned
// <code> (<message>)", the context as info, and errno and syscall as
// accessors of info.
function systemError(code, prefix, info) {
  const Ctor = systemErrors[code] || (systemErrors[code] = makeNodeError(Error, code,
    (ctx) => `${prefix}: ${ctx.syscall} returned ${ctx.code} (${ctx.message})`));
  const err = new Ctor(info);
  Object.defineProperty(err, 'name', { __proto__: null, value: 'SystemError', configurable: true, writable: true });
  Object.defineProperty(err, 'stack', {
    __proto__: null,
    value: `SystemError${err.stack.slice('Error'.length)}`, configurable: true, writable: true,
  });
  err.info = info;
  for (const key of ['errno', 'syscall']) {
    Object.defineProperty(err, key, {
      __proto__: null,
      enumerable: true,
      configurable: true,
      get() { return info[key]; },
      set(value) { info[key] = value; },
    });
  }
  return err;
}
const systemErrors = { __proto__: null };

module.exports = { codes, makeNodeError, systemError, describeType, inspect, formatS };
