'use strict';
// console: node's Console class and the global console. Formatting is done
// by the Go util natives; the global console writes straight to the
// runtime's stdout/stderr until process.stdout/stderr have been created,
// then through those streams.

const binding = require('internal/console_binding');
// inspectBinding.inspect (util.inspect) is made on first use: console.log
// formats through formatList.
const inspectBinding = require('internal/util/inspect');
const { formatList } = inspectBinding;
const { shouldColorize, colorDepth } = require('internal/util/colors');

// errorCodes are the error classes console throws, made on the first throw:
// the global console's everyday use never loads internal/errors.
let errorCodes;
function codes() {
  if (errorCodes === undefined) {
    const { codes: c, makeNodeError } = require('internal/errors');
    errorCodes = {
      ERR_INVALID_ARG_TYPE: c.ERR_INVALID_ARG_TYPE,
      ERR_INVALID_ARG_VALUE: c.ERR_INVALID_ARG_VALUE,
      ERR_OUT_OF_RANGE: c.ERR_OUT_OF_RANGE,
      ERR_CONSOLE_WRITABLE_STREAM: makeNodeError(TypeError, 'ERR_CONSOLE_WRITABLE_STREAM',
        (name) => `Console expects a writable stream instance for ${name}`),
      ERR_INCOMPATIBLE_OPTION_PAIR: c.ERR_INCOMPATIBLE_OPTION_PAIR,
    };
  }
  return errorCodes;
}

const kCounts = Symbol('counts');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kFormatForStderr = Symbol('kFormatForStderr');
const kFormatForStdout = Symbol('kFormatForStdout');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kWriteToConsole = Symbol('kWriteToConsole');
const kBindProperties = Symbol('kBindProperties');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');
// directStdio holds the consoles whose streams are still process.stdout
// and process.stderr, untouched: they may write to the runtime's standard
// output and error directly while those streams do not exist.
const directStdio = new WeakSet();

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;
const kMaxGroupIndentation = 1000;

const optionsMap = new WeakMap();
const hidden = { writable: true, enumerable: false, configurable: true };

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (new.target === undefined) return Reflect.construct(Console, arguments);

  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') throw new (codes().ERR_CONSOLE_WRITABLE_STREAM)('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw new (codes().ERR_CONSOLE_WRITABLE_STREAM)('stderr');
  if (colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('colorMode', colorMode, "must be one of: 'auto', true, false");
  }
  if (groupIndentation !== undefined) {
    if (typeof groupIndentation !== 'number') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('groupIndentation', 'number', groupIndentation);
    }
    if (!Number.isInteger(groupIndentation)) {
      throw new (codes().ERR_OUT_OF_RANGE)('groupIndentation', 'an integer', groupIndentation);
    }
    if (groupIndentation < 0 || groupIndentation > kMaxGroupIndentation) {
      throw new (codes().ERR_OUT_OF_RANGE)('groupIndentation', `>= 0 && <= ${kMaxGroupIndentation}`, groupIndentation);
    }
  }
  if (inspectOptions !== undefined) {
    if (inspectOptions === null || typeof inspectOptions !== 'object') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options.inspectOptions', 'object', inspectOptions);
    }
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new (codes().ERR_INCOMPATIBLE_OPTION_PAIR)('options.inspectOptions.color', 'colorMode');
    }
    optionsMap.set(this, inspectOptions);
  }

  // Bind the methods found through the instance, so that subclasses can
  // override them.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { __proto__: null, value: key });
  }
  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

Object.defineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) {
    return instance != null && instance[kIsConsole] === true;
  },
});

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

function noop() {}

Object.defineProperties(Console.prototype, {
  [kBindStreamsEager]: {
    __proto__: null,
    ...hidden,
    value(stdout, stderr) {
      Object.defineProperties(this, {
        _stdout: { __proto__: null, ...hidden, value: stdout },
        _stderr: { __proto__: null, ...hidden, value: stderr },
      });
    },
  },
  [kBindStreamsLazy]: {
    __proto__: null,
    ...hidden,
    value(object) {
      let stdout;
      let stderr;
      Object.defineProperties(this, {
        _stdout: {
          __proto__: null,
          enumerable: false,
          configurable: true,
          get() {
            directStdio.delete(this);
            if (!stdout) stdout = object.stdout;
            return stdout;
          },
          set(value) {
            directStdio.delete(this);
            stdout = value;
          },
        },
        _stderr: {
          __proto__: null,
          enumerable: false,
          configurable: true,
          get() {
            directStdio.delete(this);
            if (!stderr) stderr = object.stderr;
            return stderr;
          },
          set(value) {
            directStdio.delete(this);
            stderr = value;
          },
        },
      });
      if (object === process) directStdio.add(this);
    },
  },
  [kBindProperties]: {
    __proto__: null,
    ...hidden,
    value(ignoreErrors, colorMode, groupIndentation = 2) {
      Object.defineProperties(this, {
        _stdoutErrorHandler: { __proto__: null, ...hidden, value: createWriteErrorHandler(this, kUseStdout) },
        _stderrErrorHandler: { __proto__: null, ...hidden, value: createWriteErrorHandler(this, kUseStderr) },
        _ignoreErrors: { __proto__: null, ...hidden, value: Boolean(ignoreErrors) },
        _times: { __proto__: null, ...hidden, value: new Map() },
        [kCounts]: { __proto__: null, ...hidden, value: new Map() },
        [kColorMode]: { __proto__: null, ...hidden, value: colorMode },
        [kIsConsole]: { __proto__: null, ...hidden, value: true },
        [kGroupIndent]: { __proto__: null, ...hidden, value: '' },
        [kGroupIndentationWidth]: { __proto__: null, ...hidden, value: groupIndentation },
        [Symbol.toStringTag]: { __proto__: null, writable: false, enumerable: false, configurable: true, value: 'console' },
      });
    },
  },
  [kWriteToConsole]: {
    __proto__: null,
    ...hidden,
    value(streamSymbol, string) {
      const groupIndent = this[kGroupIndent];
      const useStdout = streamSymbol === kUseStdout;
      if (groupIndent.length !== 0) {
        if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
        string = groupIndent + string;
      }
      string += '\n';

      if (directStdio.has(this) && binding.writeStdio(useStdout ? 1 : 2, string)) return;

      const stream = useStdout ? this._stdout : this._stderr;
      if (this._ignoreErrors === false) return stream.write(string);
      const errorHandler = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;
      // Swallow write errors, synchronous or not: console must not throw.
      try {
        if (stream.listenerCount('error') === 0) stream.once('error', noop);
        stream.write(string, errorHandler);
      } catch (e) {
        if (e instanceof RangeError && e.message === 'Maximum call stack size exceeded') throw e;
      } finally {
        stream.removeListener('error', noop);
      }
    },
  },
  [kGetInspectOptions]: {
    __proto__: null,
    ...hidden,
    value(useStdout) {
      let color = this[kColorMode];
      if (color === 'auto') {
        if (directStdio.has(this) && process.env.FORCE_COLOR === undefined) {
          color = binding.isStdioTTY(useStdout ? 1 : 2) && colorDepth(process.env) > 2;
        } else {
          color = shouldColorize(useStdout ? this._stdout : this._stderr);
        }
      }
      const options = optionsMap.get(this);
      if (options) {
        if (options.colors === undefined) options.colors = color;
        return options;
      }
      return color ? kColorInspectOptions : kNoColorInspectOptions;
    },
  },
  [kFormatForStdout]: {
    __proto__: null,
    ...hidden,
    value(args) {
      return formatList(this[kGetInspectOptions](true), args);
    },
  },
  [kFormatForStderr]: {
    __proto__: null,
    ...hidden,
    value(args) {
      return formatList(this[kGetInspectOptions](false), args);
    },
  },
});

function createWriteErrorHandler(instance, streamSymbol) {
  return (err) => {
    const stream = streamSymbol === kUseStdout ? instance._stdout : instance._stderr;
    if (err !== null && !stream._writableState?.errorEmitted && stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspectBinding.inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](true),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, process.hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const message = this[kFormatForStderr](args);
    const frames = binding.stackFrames(new Error().stack);
    this.error(`Trace${message === '' ? '' : `: ${message}`}${frames}`);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },

  clear() {
    // Only a terminal can be cleared: move to the top left, clear down.
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') this._stdout.write('\x1b[1;1H\x1b[0J');
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    count = count === undefined ? 1 : count + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('properties', 'Array', properties);
    }
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    // The table's code is loaded on the first table.
    return this.log(require('internal/console/table').renderData(tabularData, properties, this[kGetInspectOptions](true)));
  },
};

// timeLogImpl prints a timer's elapsed time; false if there is no such timer.
function timeLogImpl(self, name, label, data) {
  const time = self._times.get(label);
  if (time === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = process.hrtime(time);
  const formatted = formatTime(duration[0] * 1000 + duration[1] / 1e6);
  if (data === undefined) self.log('%s: %s', label, formatted);
  else self.log('%s: %s', label, formatted, ...data);
  return true;
}

function pad(value) {
  return `${value}`.padStart(2, '0');
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms = ms % kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms = ms % kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    [seconds, ms] = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(seconds)}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

Object.assign(Console.prototype, consoleMethods);
Console.prototype.debug = Console.prototype.log;
Console.prototype.info = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;

// The global console: a plain object with the methods bound to it.
const globalConsole = { __proto__: {} };
binding.bindMethods(globalConsole, Console.prototype, Reflect.ownKeys(Console.prototype).filter((k) => k !== 'constructor'));
globalConsole[kBindStreamsLazy](process);
globalConsole[kBindProperties](true, 'auto');
Object.defineProperty(globalConsole, 'Console', { __proto__: null, ...hidden, enumerable: true, value: Console });
// V8's inspector methods: they do nothing more without an inspector.
const inspectorMethods = {
  profile() {},
  profileEnd() {},
  timeStamp() {},
  context() {
    const ctx = {};
    for (const key of Object.keys(Console.prototype)) ctx[key] = globalConsole[key];
    return ctx;
  },
  createTask() {
    return { run: (fn) => fn() };
  },
};
for (const name of Object.keys(inspectorMethods)) {
  Object.defineProperty(globalConsole, name, {
    __proto__: null,
    writable: true, enumerable: true, configurable: true, value: inspectorMethods[name],
  });
}

module.exports = globalConsole;
