'use strict';
// internal/test/reporters: node:test's reports, node's TAP and spec
// reporters, for a test file run as a program and for gonode --test
// (internal/test/runner), which runs each file with its report on a
// descriptor of its own.

const { inspect } = require('util');
const fs = require('fs');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const path = require('path');

const kIndent = '    ';
const kUnwrap = new Set(['testCodeFailure', 'hookFailed']);

// A test file gonode --test runs reports to the runner: on the descriptor
// GONODE_TEST_REPORT_FD, in the form GONODE_TEST_REPORT says ('tap',
// 'spec' or 'spec-color'), without its header and summary, and ends with
// its counts (and, in spec, its failures) on lines of their own.
const runnerFd = process.env.GONODE_TEST_REPORT_FD;
const runnerForm = process.env.GONODE_TEST_REPORT;
delete process.env.GONODE_TEST_REPORT_FD;
delete process.env.GONODE_TEST_REPORT;
const forRunner = runnerFd !== undefined;

// optionValues returns the values the process's flags give the option
// name (--name=value or --name value), in order.
function optionValues(name) {
  const values = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name) values.push(argv[++i]);
    else if (argv[i].startsWith(`${name}=`)) values.push(argv[i].slice(name.length + 1));
  }
  return values;
}

// options are the report's form and destination as node's options give
// them (--test-reporter and --test-reporter-destination, pairwise): spec on
// a terminal and TAP otherwise, to stdout, unless they say otherwise.
// gonode has the spec and tap reporters and writes one report.
const options = (() => {
  const reporters = optionValues('--test-reporter');
  const destinations = optionValues('--test-reporter-destination');
  if (reporters.length === 0 && destinations.length === 0) reporters.push(process.stdout.isTTY ? 'spec' : 'tap');
  if (reporters.length === 1 && destinations.length === 0) destinations.push('stdout');
  if (destinations.length !== reporters.length) {
    throw new ERR_INVALID_ARG_VALUE('--test-reporter', reporters, "must match the number of specified '--test-reporter-destination'");
  }
  if (reporters.length > 1 || !['spec', 'tap'].includes(reporters[0])) {
    throw new ERR_INVALID_ARG_VALUE('--test-reporter', reporters.length > 1 ? reporters : reporters[0],
      'is not supported: gonode writes one report, spec or tap');
  }
  return { reporter: reporters[0], destination: destinations[0] };
})();

// out writes to the report's destination.
const out = (() => {
  if (forRunner) return (s) => fs.writeSync(Number(runnerFd), s);
  switch (options.destination) {
    case 'stdout':
      return (s) => process.stdout.write(s);
    case 'stderr':
      return (s) => process.stderr.write(s);
  }
  let fd;
  return (s) => fs.writeSync((fd ??= fs.openSync(options.destination, 'w')), s);
})();

// failure is node's ERR_TEST_FAILURE: the report shows its cause's stack
// (for a failure of the test's code or of a hook), never its own. Without
// a cause, its message is its cause, as node's reporters show it.
function failure(failureType, cause, message) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const err = new Error(message ?? (cause instanceof Error ? cause.message : String(cause)));
  Error.stackTraceLimit = limit;
  err.code = 'ERR_TEST_FAILURE';
  err.failureType = failureType;
  err.cause = cause === null && message !== undefined ? message : cause;
  return err;
}

// --- the TAP report ------------------------------------------------------

// tapEscape escapes as node's reporter does, in its order: a line break
// becomes \\n (its backslash doubled with the others).
function tapEscape(s) {
  return String(s).replaceAll('\b', '\\b').replaceAll('\f', '\\f').replaceAll('\t', '\\t')
    .replaceAll('\n', '\\n').replaceAll('\r', '\\r').replaceAll('\v', '\\v')
    .replaceAll('\\', '\\\\').replaceAll('#', '\\#');
}

const inspectOptions = { colors: false, breakLength: Infinity };

function yaml(indent, name, value, seen) {
  if (value === undefined) return '';
  const prefix = `${indent}  ${name}:`;
  if (value === null) return `${prefix} ~\n`;
  if (typeof value !== 'object') {
    const lines = typeof value === 'string' ? value.split(/\n|\r\n/) : [];
    if (lines.length <= 1) return `${prefix} ${inspect(value, inspectOptions)}\n`;
    return `${prefix} |-\n` + lines.map((l) => `${indent}    ${l}\n`).join('');
  }
  seen.add(value);
  let out = '';
  let propsIndent = indent;
  if (name !== null) {
    out += prefix + (value instanceof Date ? ' ' + value.toISOString() : '') + '\n';
    propsIndent += '  ';
  }
  const isErr = value instanceof Error;
  for (const [k, v] of Object.entries(value)) {
    if (isErr && (k === 'cause' || k === 'code')) continue;
    out += seen.has(v) ? `${propsIndent}  ${k}: <Circular>\n` : yaml(propsIndent, k, v, seen);
  }
  if (isErr) out += errorYaml(indent, value, seen);
  return out;
}

function isAssertionLike(v) {
  return v !== null && typeof v === 'object' && 'expected' in v && 'actual' in v;
}

function errorYaml(indent, err, seen) {
  let { message, name, stack, code } = err;
  let assertion = isAssertionLike(err) ? err : null;
  const { cause } = err;
  if (code === 'ERR_TEST_FAILURE' && kUnwrap.has(err.failureType) && cause !== null && typeof cause === 'object') {
    stack = cause.stack ?? stack;
    code = cause.code ?? code;
    name = cause.name ?? name;
    message = cause.message ?? message;
    if (isAssertionLike(cause)) assertion = cause;
  }
  let out = yaml(indent, 'error', message ?? '<unknown error>', seen);
  if (code) out += yaml(indent, 'code', code, seen);
  if (name && name !== 'Error') out += yaml(indent, 'name', name, seen);
  if (assertion) {
    out += yaml(indent, 'expected', assertion.expected, new Set(seen));
    out += yaml(indent, 'actual', assertion.actual, new Set(seen));
    if (assertion.operator) out += yaml(indent, 'operator', assertion.operator, seen);
  }
  if (typeof stack === 'string') {
    const frames = [];
    for (const line of stack.split(/\n|\r\n/)) {
      const frame = line.replace(/^ {4}at /, '');
      if (frame.length > 0 && frame.length !== line.length) frames.push(frame);
    }
    if (frames.length > 0) out += `${indent}  stack: |-\n` + frames.map((f) => `${indent}    ${f}\n`).join('');
  }
  return out;
}

// tap is node's TAP reporter, the report when stdout is not a terminal.
const tap = {
  forRunner,
  started: false,
  write(s) {
    if (forRunner) {
      out(s);
      return;
    }
    if (!this.started) {
      this.started = true;
      out('TAP version 13\n');
    }
    out(s);
  },
  start(test) {
    this.write(`${kIndent.repeat(test.nesting)}# Subtest: ${tapEscape(test.name)}\n`);
  },
  end(test) {
    const indent = kIndent.repeat(test.nesting);
    let line = `${indent}${test.error ? 'not ok' : 'ok'} ${test.number} - ${tapEscape(test.name)}`;
    if (test.skip !== undefined) line += ` # SKIP${typeof test.skip === 'string' && test.skip ? ' ' + tapEscape(test.skip) : ''}`;
    else if (test.todo !== undefined) line += ` # TODO${typeof test.todo === 'string' && test.todo ? ' ' + tapEscape(test.todo) : ''}`;
    let details = `${line}\n${indent}  ---\n`;
    details += yaml(indent, 'duration_ms', test.duration);
    if (test.isSuite) details += yaml(indent, 'type', 'suite');
    if (test.error) {
      if (test.loc) details += yaml(indent, 'location', `${test.loc.file}:${test.loc.line}:${test.loc.column}`);
      details += yaml(indent, null, test.error, new Set());
    }
    this.write(details + `${indent}  ...\n`);
    for (const msg of test.diagnostics) this.write(`${indent}# ${tapEscape(msg)}\n`);
  },
  plan(nesting, count) {
    this.write(`${kIndent.repeat(nesting)}1..${count}\n`);
  },
  summary(lines) {
    for (const line of lines) this.write(`# ${line}\n`);
  },
  // endFile ends a file's report for the runner: its counts.
  endFile(counts) {
    out(`counts ${JSON.stringify(counts)}\n`);
  },
};

// spec is node's spec reporter, the report on a terminal: a line per test,
// its parents' names before its first child's line, the errors, and the
// failed tests again after the summary.
const spec = {
  forRunner,
  open: [], // the tests started and not yet named
  named: new Set(), // those named before their children
  failed: [], // the failing tests' entries after the summary
  color(code) {
    return colorize ? code : '';
  },
  start(test) {
    this.open.push(test);
  },
  end(test) {
    const i = this.open.indexOf(test);
    if (i >= 0) this.open.splice(i, 1);
    let prefix = '';
    for (const parent of this.open.splice(0)) {
      this.named.add(parent);
      prefix += `${'  '.repeat(parent.nesting)}\u25B6 ${parent.name}\n`;
    }
    const blue = this.color('\x1b[34m');
    const white = this.color('\x1b[39m');
    let text = prefix + this.line(test, '  '.repeat(test.nesting), this.named.has(test)) + '\n';
    for (const msg of test.diagnostics) text += `${blue}${'  '.repeat(test.nesting)}\u2139 ${msg}${white}\n`;
    out(text);
    if (test.error && test.error.failureType !== 'subtestsFailed') {
      const at = test.loc ? `test at ${path.relative(process.cwd(), test.loc.file)}:${test.loc.line}:${test.loc.column}\n` : '';
      this.failed.push(at + this.line(test, '', false));
    }
  },
  // line is a test's line, with its error.
  line(test, indent, hasChildren) {
    const [gray, white] = [this.color('\x1b[90m'), this.color('\x1b[39m')];
    let color = this.color(test.error ? '\x1b[31m' : '\x1b[32m');
    let symbol = test.error ? '\u2716 ' : '\u2714 ';
    let title = test.name + (test.duration ? ` ${gray}(${test.duration}ms)${white}` : '');
    if (test.skip !== undefined) {
      title += ` # ${typeof test.skip === 'string' && test.skip ? test.skip : 'SKIP'}`;
      [color, symbol] = [gray, '\uFE63 '];
    } else if (test.todo !== undefined) {
      title += ` # ${typeof test.todo === 'string' && test.todo ? test.todo : 'TODO'}`;
    }
    let err = '';
    if (test.error && !(hasChildren && test.error.failureType === 'subtestsFailed')) {
      const cause = test.error.code === 'ERR_TEST_FAILURE' ? test.error.cause : test.error;
      const text = inspect(cause, { colors: colorize, breakLength: Infinity });
      err = `${hasChildren ? '\n' : ''}\n${indent}  ${text.split(/\r?\n/).join(`\n${indent}  `)}\n`;
    }
    return `${indent}${color}${symbol}${title}${white}${err}`;
  },
  plan() {},
  summary(lines) {
    const [blue, red, white] = [this.color('\x1b[34m'), this.color('\x1b[31m'), this.color('\x1b[39m')];
    let text = lines.map((line) => `${blue}\u2139 ${line}${white}\n`).join('');
    if (this.failed.length > 0) text += `\n${red}\u2716 failing tests:${white}\n\n${this.failed.join('\n')}`;
    out(text);
  },
  // endFile ends a file's report for the runner: its counts and failures.
  endFile(counts) {
    out(`counts ${JSON.stringify(counts)}\nfailures ${JSON.stringify(this.failed)}\n`);
  },
};

// colorize is node's choice of colors for the spec report: the runner's
// (its terminal's), FORCE_COLOR, else a terminal with colors.
const colorize = forRunner ? runnerForm === 'spec-color' :
  process.env.FORCE_COLOR !== undefined ? !['0', 'false'].includes(process.env.FORCE_COLOR) :
    Boolean(process.stdout.isTTY && (typeof process.stdout.hasColors !== 'function' || process.stdout.hasColors()));

// reporter is the report of the process: the runner's form for a file it
// runs, else the one the options ask for.
function reporter() {
  if (forRunner) return runnerForm === 'tap' ? tap : spec;
  return options.reporter === 'tap' ? tap : spec;
}

module.exports = { failure, reporter, tap, spec, colorize, out, optionValues };
