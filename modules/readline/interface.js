'use strict';
// internal/readline/interface: the Interface class shared by 'readline' and
// 'readline/promises'. Input is split into lines as node v20 does; with
// terminal: true the interface edits the line from 'keypress' events
// (a subset of node's key bindings, see ttyWrite).

const EventEmitter = require('events');
const { kFirstEventParam } = require('internal/events_extras');
const { StringDecoder } = require('string_decoder');
const { codes } = require('internal/errors');
const { AbortError } = require('internal/streams/errors');
const {
  cursorTo, moveCursor, clearScreenDown, validateString, validateUint32, validateNumber,
  validateArray, validateAbortSignal, ERR_USE_AFTER_CLOSE,
} = require('internal/readline/callbacks');
const { emitKeypressEvents } = require('internal/readline/emitKeypressEvents');
const { getStringWidth } = require('internal/util/inspect');

const { ERR_INVALID_ARG_VALUE } = codes;

const kHistorySize = 30;
const kMincrlfDelay = 100;
const kEscapeCodeTimeout = 500;
const kHighWaterMark = 1024;
// \r\n, \n, or \r not followed by \n (node v20 ends lines on nothing else).
const lineEnding = /\r?\n|\r(?!\n)/g;

const kDecoder = Symbol('_decoder');
const kLineBuffer = Symbol('_line_buffer');
const kSawReturnAt = Symbol('_sawReturnAt');
const kPrompt = Symbol('_prompt');
const kOldPrompt = Symbol('_oldPrompt');
const kQuestionCallback = Symbol('_questionCallback');
const kLineIterator = Symbol('line object stream');
const kPreviousKey = Symbol('_previousKey');
const kQuestion = Symbol('kQuestion');
const kQuestionCancel = Symbol('kQuestionCancel');
const kOnLine = Symbol('_onLine');
const kNormalWrite = Symbol('_normalWrite');
const kTtyWrite = Symbol('_ttyWrite');
const kWriteToOutput = Symbol('_writeToOutput');
const kRefreshLine = Symbol('_refreshLine');
const kSetRawMode = Symbol('_setRawMode');
const kAddHistory = Symbol('_addHistory');
const kInsertString = Symbol('_insertString');
const kMoveCursor = Symbol('_moveCursor');
const kLine = Symbol('_line');
const kHistoryNext = Symbol('_historyNext');
const kHistoryPrev = Symbol('_historyPrev');
const kGetDisplayPos = Symbol('_getDisplayPos');
const kDeleteLeft = Symbol('_deleteLeft');
const kDeleteRight = Symbol('_deleteRight');
const kDeleteLineLeft = Symbol('_deleteLineLeft');
const kDeleteLineRight = Symbol('_deleteLineRight');
const kDeleteWordLeft = Symbol('_deleteWordLeft');
const kDeleteWordRight = Symbol('_deleteWordRight');
const kWordLeft = Symbol('_wordLeft');
const kWordRight = Symbol('_wordRight');
const kTabComplete = Symbol('_tabComplete');
const kTabCompleter = Symbol('_tabCompleter');

// The text a word motion or deletion crosses: spaces, then a run of word or
// of other (punctuation) characters; leftward it is matched on the reversed
// text before the cursor.
const wordLeftRE = /^\s*(?:[^\w\s]+|\w+)?/;
const wordRightRE = /^(?:\s+|[^\w\s]+|\w+)\s*/;
const deleteWordRightRE = /^(?:\s+|\W+|\w+)\s*/;

// InterfaceConstructor is a plain function so that readline.Interface can be
// called without new, as node's is.
function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  this.isCompletionEnabled = true;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = kEscapeCodeTimeout;
  this.tabSize = 8;

  EventEmitter.call(this);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;

  if (input && input.input) {
    // The options form.
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (!Number.isFinite(options.escapeCodeTimeout)) {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
      this.escapeCodeTimeout = options.escapeCodeTimeout;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);

  // Without an explicit terminal, a TTY output makes a terminal interface.
  if (terminal === undefined && output !== null && output !== undefined) {
    terminal = !!output.isTTY;
  }

  const self = this;
  this.line = '';
  this.output = output;
  this.input = input;
  this.history = history;
  this.historySize = historySize;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMincrlfDelay, crlfDelay) : kMincrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;
  this[kLineIterator] = undefined;

  function onerror(err) {
    self.emit('error', err);
  }
  function ondata(data) {
    self[kNormalWrite](data);
  }
  function onend() {
    const rest = self[kLineBuffer];
    if (typeof rest === 'string' && rest.length > 0) self.emit('line', rest);
    self.close();
  }
  function ontermend() {
    if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
    self.close();
  }
  function onkeypress(s, key) {
    self[kTtyWrite](s, key);
  }
  function onresize() {
    self[kRefreshLine]();
  }

  // The errors V8 gives for a missing input.
  if (input === null || input === undefined) {
    throw new TypeError(`Cannot read properties of ${input} (reading 'on')`);
  }
  if (typeof input.on !== 'function') throw new TypeError('input.on is not a function');
  input.on('error', onerror);

  if (!this.terminal) {
    input.on('data', ondata);
    input.on('end', onend);
    this.once('close', () => {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    });
    this[kDecoder] = new StringDecoder('utf8');
  } else {
    emitKeypressEvents(input, this);
    input.on('keypress', onkeypress);
    input.on('end', ontermend);
    this[kSetRawMode](true);
    this.terminal = true;
    this.cursor = 0;
    this.historyIndex = -1;
    if (output !== null && output !== undefined) output.on('resize', onresize);
    this.once('close', () => {
      input.removeListener('keypress', onkeypress);
      input.removeListener('error', onerror);
      input.removeListener('end', ontermend);
      if (output !== null && output !== undefined) output.removeListener('resize', onresize);
    });
  }

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  this.line = '';
  input.resume();
}

Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

const ansi = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[@-Z\\-_]/g;

class Interface extends InterfaceConstructor {
  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  [kSetRawMode](mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  [kOnLine](line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kWriteToOutput](stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
  }

  [kAddHistory]() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dup = this.history.indexOf(this.line);
        if (dup !== -1) this.history.splice(dup, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
      this.emit('history', this.history);
    }
    this.historyIndex = -1;
    return this.history[0];
  }

  [kGetDisplayPos](str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    str = str.replace(ansi, '');
    for (const ch of str) {
      if (ch === '\n') {
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      if (ch === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(ch, false);
      if (width === 2 && (offset + 1) % col === 0) offset++;
      offset += width;
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  getCursorPos() {
    return this[kGetDisplayPos](this[kPrompt] + this.line.slice(0, this.cursor));
  }

  [kRefreshLine]() {
    const line = this[kPrompt] + this.line;
    const dispPos = this[kGetDisplayPos](line);
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this[kWriteToOutput](line);
    // Make the terminal allocate a new line.
    if (dispPos.cols === 0) this[kWriteToOutput](' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = dispPos.rows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return undefined;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return undefined;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) this[kTtyWrite](d, key);
    else this[kNormalWrite](d);
  }

  [kNormalWrite](b) {
    if (b === undefined) return;
    let string = this[kDecoder].write(b);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      // The \n of a \r\n split across chunks.
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }
    lineEnding.lastIndex = 0;
    if (!lineEnding.test(string)) {
      if (string) this[kLineBuffer] = this[kLineBuffer] ? this[kLineBuffer] + string : string;
      return;
    }
    if (this[kLineBuffer]) {
      string = this[kLineBuffer] + string;
      this[kLineBuffer] = null;
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    const lines = [];
    let start = 0;
    lineEnding.lastIndex = 0;
    let m;
    while ((m = lineEnding.exec(string)) !== null) {
      lines.push(string.slice(start, m.index));
      start = lineEnding.lastIndex;
    }
    // Either '' or the unfinished start of the next line.
    this[kLineBuffer] = string.slice(start);
    for (let i = 0; i < lines.length; i++) this[kOnLine](lines[i]);
  }

  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  [kMoveCursor](dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    else this[kRefreshLine]();
  }

  [kInsertString](c) {
    // Text pasted in one chunk (all but its last character, see
    // emitKeypressEvents) is appended without redrawing, as in node v20.
    if (!this.isCompletionEnabled) {
      this.line += c;
      this.cursor += c.length;
      this[kWriteToOutput](c);
      return;
    }
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      this[kRefreshLine]();
    } else {
      const oldPos = this.getCursorPos();
      this.line += c;
      this.cursor += c.length;
      const newPos = this.getCursorPos();
      if (oldPos.rows < newPos.rows) this[kRefreshLine]();
      else this[kWriteToOutput](c);
    }
  }

  [kLine]() {
    const line = this[kAddHistory]();
    this.clearLine();
    this[kOnLine](line);
  }

  [kHistoryNext]() {
    if (this.historyIndex >= 0) {
      this.historyIndex--;
      this.line = this.historyIndex === -1 ? '' : this.history[this.historyIndex];
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  [kHistoryPrev]() {
    if (this.historyIndex < this.history.length - 1 && this.history.length) {
      this.historyIndex++;
      this.line = this.history[this.historyIndex];
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  [kDeleteLeft]() {
    if (this.cursor > 0 && this.line.length > 0) {
      const size = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - size) + this.line.slice(this.cursor);
      this.cursor -= size;
      this[kRefreshLine]();
    }
  }

  [kDeleteRight]() {
    if (this.cursor < this.line.length) {
      const size = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + size);
      this[kRefreshLine]();
    }
  }

  [kWordLeft]() {
    if (this.cursor > 0) this[kMoveCursor](-wordLeftLength(this.line, this.cursor));
  }

  [kWordRight]() {
    if (this.cursor < this.line.length) {
      this[kMoveCursor](wordRightRE.exec(this.line.slice(this.cursor))[0].length);
    }
  }

  [kDeleteWordLeft]() {
    if (this.cursor > 0) {
      const start = this.cursor - wordLeftLength(this.line, this.cursor);
      this.line = this.line.slice(0, start) + this.line.slice(this.cursor);
      this.cursor = start;
      this[kRefreshLine]();
    }
  }

  [kDeleteWordRight]() {
    if (this.cursor < this.line.length) {
      const trailing = this.line.slice(this.cursor);
      const match = deleteWordRightRE.exec(trailing);
      this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
      this[kRefreshLine]();
    }
  }

  // kTabComplete asks the completer about the text before the cursor, with
  // the interface paused until it answers through its callback
  // (readline/promises overrides it for completers returning promises).
  [kTabComplete](lastKeypressWasTab) {
    this.pause();
    this.completer(this.line.slice(0, this.cursor), (err, value) => {
      this.resume();
      this[kTabCompleter](lastKeypressWasTab, err, value);
    });
  }

  // kTabCompleter applies a completer's answer [completions, completeOn], or
  // writes its error: the completions' common prefix replaces completeOn
  // when it says more, and a second tab in a row lists the completions in
  // columns.
  [kTabCompleter](lastKeypressWasTab, err, value) {
    if (err) {
      this[kWriteToOutput](`Tab completion error: ${require('util').inspect(err)}`);
      return;
    }
    const { 0: completions, 1: completeOn } = value;
    if (!completions || completions.length === 0) return;
    const prefix = commonPrefix(completions.filter((e) => e !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this[kInsertString](prefix.slice(completeOn.length));
      return;
    } else if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix + this.line.slice(this.cursor);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this[kRefreshLine]();
      return;
    }
    if (!lastKeypressWasTab) return;

    const completionsWidth = completions.map((e) => getStringWidth(e));
    const width = Math.max(...completionsWidth) + 2;
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let output = '\r\n';
    let lineIndex = 0;
    let whitespace = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || lineIndex === maxColumns) {
        output += '\r\n';
        lineIndex = 0;
        whitespace = 0;
      } else {
        output += ' '.repeat(whitespace);
      }
      if (completion !== '') {
        output += completion;
        whitespace = width - completionsWidth[i];
        lineIndex++;
      } else {
        output += '\r\n';
      }
    }
    if (lineIndex !== 0) output += '\r\n\r\n';
    this[kWriteToOutput](output);
    this[kRefreshLine]();
  }

  // kTtyWrite handles one key in terminal mode: printable text, return and
  // enter, tab completion, backspace/delete, cursor movement (arrows, home/end, ctrl+a/e/b/f),
  // word motions and deletions (ctrl+left/right, meta+b/f, ctrl+w,
  // meta+d, ctrl or meta+backspace/delete), history (up/down, ctrl+p/n),
  // ctrl+u/k, ctrl+c (SIGINT or close), ctrl+d and ctrl+l. Undo and yank
  // are not implemented.
  [kTtyWrite](s, key) {
    const previousKey = this[kPreviousKey];
    key = key || {};
    this[kPreviousKey] = key;
    if (key.name === 'escape') return;
    if (key.ctrl && key.shift) {
      if (key.name === 'backspace') this[kDeleteLineLeft]();
      else if (key.name === 'delete') this[kDeleteLineRight]();
    } else if (key.ctrl) {
      switch (key.name) {
        case 'c':
          if (this.listenerCount('SIGINT') > 0) {
            this.emit('SIGINT');
          } else {
            this.close();
          }
          break;
        case 'h': this[kDeleteLeft](); break;
        case 'd':
          if (this.cursor === 0 && this.line.length === 0) this.close();
          else if (this.cursor < this.line.length) this[kDeleteRight]();
          break;
        case 'u': this[kDeleteLineLeft](); break;
        case 'k': this[kDeleteLineRight](); break;
        case 'a': this[kMoveCursor](-Infinity); break;
        case 'e': this[kMoveCursor](+Infinity); break;
        case 'b': this[kMoveCursor](-charLengthLeft(this.line, this.cursor)); break;
        case 'f': this[kMoveCursor](+charLengthAt(this.line, this.cursor)); break;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this[kRefreshLine]();
          break;
        case 'n': this[kHistoryNext](); break;
        case 'p': this[kHistoryPrev](); break;
        case 'w':
        case 'backspace': this[kDeleteWordLeft](); break;
        case 'delete': this[kDeleteWordRight](); break;
        case 'left': this[kWordLeft](); break;
        case 'right': this[kWordRight](); break;
      }
    } else if (key.meta) {
      switch (key.name) {
        case 'b': this[kWordLeft](); break;
        case 'f': this[kWordRight](); break;
        case 'd':
        case 'delete': this[kDeleteWordRight](); break;
        case 'backspace': this[kDeleteWordLeft](); break;
      }
    } else {
      // \r bookkeeping matters only when a \n follows at once.
      if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
      switch (key.name) {
        case 'return':
          this[kSawReturnAt] = Date.now();
          this[kLine]();
          break;
        case 'enter':
          if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) this[kLine]();
          this[kSawReturnAt] = 0;
          break;
        case 'backspace': this[kDeleteLeft](); break;
        case 'delete': this[kDeleteRight](); break;
        case 'left': this[kMoveCursor](-charLengthLeft(this.line, this.cursor)); break;
        case 'right': this[kMoveCursor](+charLengthAt(this.line, this.cursor)); break;
        case 'home': this[kMoveCursor](-Infinity); break;
        case 'end': this[kMoveCursor](+Infinity); break;
        case 'up': this[kHistoryPrev](); break;
        case 'down': this[kHistoryNext](); break;
        case 'tab':
          if (typeof this.completer === 'function' && this.isCompletionEnabled) {
            this[kTabComplete](previousKey !== null && previousKey.name === 'tab');
            break;
          }
          // Without completion a tab is text.
          // falls through
        default:
          if (typeof s === 'string' && s) {
            const re = /\r?\n|\r(?!\n)/g;
            let last = 0;
            let m;
            while ((m = re.exec(s)) !== null) {
              this[kInsertString](s.slice(last, m.index));
              last = re.lastIndex;
              this[kLine]();
            }
            this[kInsertString](s.slice(last));
          }
      }
    }
  }

  [kDeleteLineLeft]() {
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this[kRefreshLine]();
  }

  [kDeleteLineRight]() {
    this.line = this.line.slice(0, this.cursor);
    this[kRefreshLine]();
  }

  // The lines as an async iterator: lines emitted while nobody waits are
  // kept (the interface pauses past 1024 of them), the iterator ends after
  // 'close' once the kept lines are read, and an 'error' rejects.
  [Symbol.asyncIterator]() {
    if (this[kLineIterator] === undefined) {
      this[kLineIterator] = EventEmitter.on(this, 'line', {
        close: ['close'], highWaterMark: kHighWaterMark, [kFirstEventParam]: true,
      });
    }
    return this[kLineIterator];
  }
}

// commonPrefix is the longest prefix all of strings share.
function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = strings.slice().sort();
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  for (let i = 0; i < min.length; i++) {
    if (min[i] !== max[i]) return min.slice(0, i);
  }
  return min;
}

// wordLeftLength is how many code units of line a word motion or deletion
// leftward from cursor crosses.
function wordLeftLength(line, cursor) {
  const reversed = Array.from(line.slice(0, cursor)).reverse().join('');
  return wordLeftRE.exec(reversed)[0].length;
}

function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if ((i > 1 && str.codePointAt(i - 2) >= 0x10000) || str.codePointAt(i - 1) >= 0x10000) return 2;
  return 1;
}

function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}


module.exports = {
  Interface, InterfaceConstructor, AbortError,
  kQuestion, kQuestionCancel, kQuestionCallback, kOnLine, kNormalWrite, kTtyWrite, kWriteToOutput,
  kRefreshLine, kSetRawMode, kAddHistory, kInsertString, kMoveCursor, kLine, kHistoryNext,
  kHistoryPrev, kGetDisplayPos, kDecoder, kLineBuffer, kSawReturnAt, kPrompt, kOldPrompt,
  kPreviousKey, kDeleteLeft, kDeleteRight, kDeleteLineLeft, kDeleteLineRight, kDeleteWordLeft,
  kDeleteWordRight, kWordLeft, kWordRight, kTabComplete, kTabCompleter,
};
