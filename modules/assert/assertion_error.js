'use strict';
// internal/assert/assertion_error: AssertionError with node's generated
// messages, including the line diff of inspected values.

const { codes: { ERR_INVALID_ARG_TYPE }, inspect } = require('internal/errors');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// The diff's colors: node's, once an AssertionError is made while stderr
// is a terminal with colors (see setColors).
let blue = '';
let green = '';
let red = '';
let white = '';

// setColors sets the diff's colors as node does, for each AssertionError:
// only when stderr is a terminal, to its colors or none.
function setColors() {
  let stderr;
  try {
    stderr = process.stderr;
  } catch {
    return; // a runtime without the stream modules has no stderr stream
  }
  if (!stderr || !stderr.isTTY) return;
  const on = typeof stderr.hasColors !== 'function' || stderr.hasColors();
  [blue, green, red, white] = on ? ['\u001b[34m', '\u001b[32m', '\u001b[31m', '\u001b[39m'] : ['', '', '', ''];
}

const kMaxShortLength = 12;
const kMaxLongLength = 512;
const kDiffOperators = new Set(['deepStrictEqual', 'strictEqual']);

function inspectValue(val) {
  return inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// copyError makes a stack-less copy so the diff does not show stacks.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
  return target;
}

// identicalRun prints the identical lines before a diverging one: up to
// three, or the last two after an ellipsis.
function identicalRun(lines, i, identical, state) {
  if (identical <= 2) return '';
  let out = '';
  if (identical > 3) {
    if (identical > 4) {
      if (identical === 5) {
        out += `\n  ${lines[i - 3]}`;
        state.printed++;
      } else {
        out += `\n${blue}...${white}`;
        state.skipped = true;
      }
    }
    out += `\n  ${lines[i - 2]}`;
    state.printed++;
  }
  out += `\n  ${lines[i - 1]}`;
  state.printed++;
  return out;
}

// createErrDiff builds node's "+ actual - expected" message.
function createErrDiff(actual, expected, operator, header) {
  let other = '';
  let res = '';
  let end = '';
  const state = { skipped: false, printed: 0 };
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let i = 0;
  let indicator = '';

  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const title = header || kReadableOperator[operator];

  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const inputLength = actualLines[0].length + expectedLines[0].length;
    if (inputLength <= kMaxShortLength) {
      if ((typeof actual !== 'object' || actual === null) && (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return `${title}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const maxLength = process.stderr && process.stderr.isTTY ? process.stderr.columns : 80;
      if (inputLength < maxLength) {
        while (actualLines[0][i] === expectedLines[0][i]) i++;
        if (i > 2) {
          indicator = `\n  ${' '.repeat(i)}^`;
          i = 0;
        }
      }
    }
  }

  // Drop the identical trailing lines, keeping up to three for context.
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) end = `\n  ${a}${end}`;
    else other = a;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = `${blue}...${white}`;
      while (lines.length > 47) lines.pop();
    }
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  if (i >= 5) {
    end = `\n${blue}...${white}${end}`;
    state.skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }

  let identical = 0;
  const msg = `${title}\n${green}+ actual${white} ${red}- expected${white}`;
  const skippedMsg = ` ${blue}...${white} Lines skipped`;

  let lines = actualLines;
  let plusMinus = `${green}+${white}`;
  let maxLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = `${red}-${white}`;
    maxLength = actualLines.length;
  }

  for (i = 0; i < maxLines; i++) {
    if (maxLength < i + 1) {
      res += identicalRun(lines, i, identical, state);
      identical = 0;
      if (lines === actualLines) res += `\n${plusMinus} ${lines[i]}`;
      else other += `\n${plusMinus} ${lines[i]}`;
      state.printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let diverging = actualLine !== expectedLine && (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        res += identicalRun(actualLines, i, identical, state);
        identical = 0;
        res += `\n${green}+${white} ${actualLine}`;
        other += `\n${red}-${white} ${expectedLine}`;
        state.printed += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          state.printed++;
        }
      }
    }
    if (state.printed > 50 && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${res}\n${blue}...${white}${other}\n${blue}...${white}`;
    }
  }
  return `${msg}${state.skipped ? skippedMsg : ''}\n${res}${other}${end}${indicator}`;
}

// otherOperatorMessage is the message of the not* and loose operators.
function otherOperatorMessage(actual, expected, operator) {
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kReadableOperator[operator];
    const res = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' && ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
      base = kReadableOperator.notStrictEqualObject;
    }
    if (res.length > 50) {
      res[46] = `${blue}...${white}`;
      while (res.length > 47) res.pop();
    }
    if (res.length === 1) return `${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`;
    return `${base}\n\n${res.join('\n')}\n`;
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const knownOperator = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${knownOperator}\n\n${res}`;
    if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  if (res.length > kMaxLongLength) res = `${res.slice(0, 509)}...`;
  if (other.length > kMaxLongLength) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const newOp = kReadableOperator[`${operator}Unequal`];
    if (newOp) res = `${newOp}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    else other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

// dropInternalFrames removes the assert module's own frames from a stack.
function dropInternalFrames(stack) {
  return stack.split('\n').filter((line) => !/^\s+at .*\bnode:(internal\/)?assert\b/.test(line)).join('\n');
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    const { message, operator } = options;
    let { actual, expected } = options;
    let text;
    setColors();
    if (message != null) {
      text = kDiffOperators.has(operator) ? createErrDiff(actual, expected, operator, String(message)) : String(message);
    } else {
      if (typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null &&
          'stack' in actual && actual instanceof Error && 'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      text = kDiffOperators.has(operator) ? createErrDiff(actual, expected, operator) :
        otherOperatorMessage(actual, expected, operator);
    }
    super(text);
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      __proto__: null, value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    const { details } = options;
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    // The stack header is rendered now, with the code in the name.
    this.stack = dropInternalFrames(String(this.stack));
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    const ellipsis = (s) => {
      const lines = s.split('\n', 11);
      if (lines.length > 10) return `${lines.slice(0, 10).join('\n')}\n...`;
      if (s.length > kMaxLongLength) return `${s.slice(kMaxLongLength)}...`;
      return s;
    };
    if (typeof this.actual === 'string') this.actual = ellipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = ellipsis(this.expected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

module.exports = AssertionError;
