'use strict';
// repl: the read-eval-print loop, a readline Interface that evaluates each
// line (and lines that continue an unfinished one) with vm and writes the
// result with util.inspect, with node's dot-commands, `_` and `_error`, and
// its messages. gonode with no script on a terminal runs one.

const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { Interface } = require('readline');
const { inspect } = require('util');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');

// Recoverable wraps the syntax error of an unfinished input: the REPL then
// waits for more lines.
class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

// writer writes a result, as util.inspect with its options.
function writer(obj) {
  return inspect(obj, writer.options);
}
writer.options = { ...inspect.defaultOptions, showProxy: true };

// isRecoverable tells an input that is merely unfinished from a wrong one.
function isRecoverable(err) {
  return err instanceof SyntaxError && /^Unexpected end of input/.test(err.message);
}

let scriptCount = 0;

function defaultEval(code, context, file, cb) {
  let script;
  let err;
  // A line that starts with '{' is an object literal, if it parses as one.
  if (/^\s*\{/.test(code) && !/;\s*$/.test(code)) {
    try {
      script = new vm.Script(`(${code.trim()})\n`, { filename: file });
    } catch {
      script = undefined;
    }
  }
  if (script === undefined) {
    try {
      const strict = this.replMode === REPL_MODE_STRICT ? "'use strict'; " : '';
      script = new vm.Script(strict + code, { filename: file });
    } catch (e) {
      err = isRecoverable(e) ? new Recoverable(e) : e;
    }
  }
  let result;
  if (!err) {
    try {
      result = this.useGlobal ? script.runInThisContext() : script.runInContext(context);
    } catch (e) {
      err = e;
    }
  }
  cb(err, result);
}

// uncaught is how the REPL shows an error: node's inspection without the
// stack frames (they are the REPL's own).
function uncaught(err) {
  if (err instanceof Error && typeof err.stack === 'string') {
    const { stack } = err;
    err.stack = stack.split('\n').filter((line) => line.trim() !== '' && !/^\s+at /.test(line)).join('\n');
    try {
      return `Uncaught ${inspect(err)}`;
    } finally {
      err.stack = stack;
    }
  }
  return `Uncaught ${inspect(err)}`;
}

class REPLServer extends Interface {
  constructor(prompt, stream, evalFn, useGlobal, ignoreUndefined, replMode) {
    const options = prompt !== null && typeof prompt === 'object' ? prompt :
      { prompt, stream, eval: evalFn, useGlobal, ignoreUndefined, replMode };
    const input = options.input ?? options.stream ?? process.stdin;
    const output = options.output ?? options.stream ?? process.stdout;
    const terminal = options.terminal ?? !!output.isTTY;
    const promptText = options.prompt ?? '> ';
    if (typeof promptText !== 'string') throw new ERR_INVALID_ARG_TYPE('options.prompt', 'string', promptText);
    super({ input, output, terminal, prompt: promptText });
    this.useColors = options.useColors ?? (terminal && typeof output.hasColors === 'function' && output.hasColors());
    this.writer = options.writer ?? writer;
    if (this.useColors && this.writer === writer) writer.options.colors = true;
    this.useGlobal = !!options.useGlobal;
    this.ignoreUndefined = !!options.ignoreUndefined;
    this.replMode = options.replMode ?? REPL_MODE_SLOPPY;
    this.eval = options.eval ?? defaultEval;
    this.commands = { __proto__: null };
    this.lines = [];
    this.lines.level = [];
    this.last = undefined;
    this.lastError = undefined;
    this._initialPrompt = promptText;
    this._buffered = '';
    this.resetContext();
    defineDefaultCommands(this);

    let sawSIGINT = false;
    this.on('SIGINT', () => {
      const empty = this.line.length === 0 && this._buffered === '';
      this.clearBufferedCommand();
      if (empty) {
        if (sawSIGINT) {
          this.close();
          return;
        }
        this.output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
        sawSIGINT = true;
      } else {
        sawSIGINT = false;
      }
      this.displayPrompt();
    });
    this.on('line', (cmd) => {
      sawSIGINT = false;
      this.onLine(cmd ?? '');
    });
    this.on('close', () => this.emit('exit'));
    this.displayPrompt();
  }

  // resetContext makes the scope lines run in: the global one, or a
  // context of the REPL's own with the globals and a console that writes to
  // the REPL's output; either has the REPL's module and require, and the
  // core modules by name.
  resetContext() {
    let context;
    if (this.useGlobal) {
      context = globalThis;
    } else {
      context = vm.createContext();
      for (const name of Object.getOwnPropertyNames(globalThis)) {
        if (!(name in context) && name !== 'globalThis') {
          Object.defineProperty(context, name, {
            __proto__: null, ...Object.getOwnPropertyDescriptor(globalThis, name), enumerable: false,
          });
        }
      }
      context.global = context;
      const { Console } = require('console');
      Object.defineProperty(context, 'console', {
        __proto__: null, configurable: true, writable: true, value: new Console(this.output),
      });
    }
    const Module = require('module');
    const replModule = new Module('<repl>');
    replModule.paths = Module._nodeModulePaths(process.cwd());
    const replRequire = Module.createRequire(path.join(process.cwd(), '<repl>'));
    Object.defineProperty(context, 'module', {
      __proto__: null, configurable: true, writable: true, value: replModule,
    });
    Object.defineProperty(context, 'require', {
      __proto__: null, configurable: true, writable: true, value: replRequire,
    });
    for (const name of builtinModules) {
      if (name.includes('/') || name in context) continue;
      Object.defineProperty(context, name, {
        __proto__: null,
        configurable: true,
        get() {
          const value = replRequire(name);
          Object.defineProperty(context, name, { __proto__: null, configurable: true, writable: true, value });
          return value;
        },
        set(value) {
          Object.defineProperty(context, name, {
            __proto__: null, configurable: true, writable: true, enumerable: true, value,
          });
        },
      });
    }
    this.context = context;
    this.lines = [];
    this.lines.level = [];
    this.emit('reset', this.context);
  }

  onLine(cmd) {
    if (cmd === '' && this._buffered === '') {
      this.displayPrompt();
      return;
    }
    const trimmed = cmd.trim();
    if (trimmed[0] === '.' && trimmed[1] !== '.' && Number.isNaN(parseFloat(trimmed))) {
      const [, keyword, rest] = /^\.([^\s]+)\s*(.*)$/.exec(trimmed) || [];
      if (keyword !== undefined && this.parseREPLKeyword(keyword, rest)) return;
      if (this._buffered === '') {
        this.output.write('Invalid REPL keyword\n');
        this.displayPrompt();
        return;
      }
    }
    const code = `${this._buffered}${cmd}\n`;
    this.eval(code, this.context, `REPL${++scriptCount}`, (err, result) => {
      if (err instanceof Recoverable) {
        this._buffered += `${cmd}\n`;
        this.displayPrompt();
        return;
      }
      this.lines.push(cmd);
      this.clearBufferedCommand();
      if (err) {
        this.lastError = err;
        this.context._error = err;
        this.output.write(`${uncaught(err)}\n`);
      } else {
        this.last = result;
        this.context._ = result;
        if (!this.ignoreUndefined || result !== undefined) this.output.write(`${this.writer(result)}\n`);
      }
      this.displayPrompt();
    });
  }

  parseREPLKeyword(keyword, rest) {
    const cmd = this.commands[keyword];
    if (cmd === undefined) return false;
    cmd.action.call(this, rest);
    return true;
  }

  defineCommand(keyword, cmd) {
    if (typeof cmd === 'function') cmd = { action: cmd };
    else if (typeof cmd?.action !== 'function') throw new ERR_INVALID_ARG_TYPE('cmd.action', 'Function', cmd?.action);
    this.commands[keyword] = cmd;
  }

  clearBufferedCommand() {
    this._buffered = '';
  }

  displayPrompt(preserveCursor) {
    let prompt = this._initialPrompt;
    if (this._buffered.length > 0) prompt = '... ';
    super.setPrompt(prompt);
    this.prompt(preserveCursor);
  }

  setPrompt(prompt) {
    this._initialPrompt = prompt;
    super.setPrompt(prompt);
  }
}

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });
  repl.defineCommand('clear', {
    help: repl.useGlobal ? 'Alias for .break' : 'Break, and also clear the local context',
    action() {
      this.clearBufferedCommand();
      if (!this.useGlobal) {
        this.output.write('Clearing context...\n');
        this.resetContext();
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action() {
      this.close();
    },
  });
  repl.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const width = Math.max(...names.map((n) => n.length));
      for (const name of names) {
        const { help } = this.commands[name];
        this.output.write(`.${name}${help ? `${' '.repeat(width - name.length + 3)}${help}` : ''}\n`);
      }
      this.output.write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });
  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      try {
        fs.writeFileSync(file, this.lines.join('\n'));
        this.output.write(`Session saved to: ${file}\n`);
      } catch {
        this.output.write(`Failed to save: ${file}\n`);
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      try {
        const stats = fs.statSync(file);
        if (!stats.isFile()) {
          this.output.write(`Failed to load: ${file} is not a valid file\n`);
        } else {
          this.clearBufferedCommand();
          this.onLine(fs.readFileSync(file, 'utf8'));
          this.onLine('');
          return;
        }
      } catch {
        this.output.write(`Failed to load: ${file}\n`);
      }
      this.displayPrompt();
    },
  });
}

function start(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode);
}

const builtinModules = require('module').builtinModules.filter((m) => !m.startsWith('_'));

module.exports = {
  start,
  writer,
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
  builtinModules,
};
