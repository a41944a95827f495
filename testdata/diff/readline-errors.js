// Bad arguments to readline's functions throw node's errors; the cursor
// functions write ANSI sequences, return write()'s value and call back (on
// the next tick without a stream); readline/promises' Readline batches them.
const readline = require('readline');
const { Readline } = require('readline/promises');
const { PassThrough, Writable } = require('stream');

function t(name, f) {
  try {
    const r = f();
    console.log(name, 'ok', typeof r === 'object' && r !== null ? r.constructor.name : r);
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
const input = () => new PassThrough();

t('no input', () => readline.createInterface());
t('options without on', () => readline.createInterface({ input: {} }));
t('null input', () => readline.createInterface(null));
t('completer', () => readline.createInterface(input(), null, 5));
t('completer option', () => readline.createInterface({ input: input(), completer: 'x' }));
t('historySize -1', () => readline.createInterface({ input: input(), historySize: -1 }));
t('historySize NaN', () => readline.createInterface({ input: input(), historySize: NaN }));
t('historySize string', () => readline.createInterface({ input: input(), historySize: 'x' }));
t('history', () => readline.createInterface({ input: input(), history: 'x' }));
t('tabSize 0', () => readline.createInterface({ input: input(), tabSize: 0 }));
t('tabSize 1.5', () => readline.createInterface({ input: input(), tabSize: 1.5 }));
t('tabSize string', () => readline.createInterface({ input: input(), tabSize: 'a' }));
t('escapeCodeTimeout', () => readline.createInterface({ input: input(), escapeCodeTimeout: NaN }));
t('signal', () => readline.createInterface({ input: input(), signal: 1 }));
t('rl.setPrompt(5); prompt', () => {
  const rl = readline.createInterface({ input: input(), output: new PassThrough() });
  rl.setPrompt(5);
  rl.close();
  return rl.prompt();
});
t('new Interface', () => new readline.Interface(input()).close());
t('Interface()', () => readline.Interface(input()));
try {
  require('readline/promises').Interface(input());
} catch (e) {
  // (V8 names the class in the message, goja does not.)
  console.log('promises Interface()', e.name, /cannot be invoked without 'new'/.test(e.message));
}

let out = '';
const sink = new Writable({
  highWaterMark: 4,
  write(c, e, cb) { out += c; cb(); },
});
const flush = (tag) => { console.log(tag, JSON.stringify(out)); out = ''; };

t('cursorTo NaN', () => readline.cursorTo(sink, NaN));
t('cursorTo y NaN', () => readline.cursorTo(sink, 1, NaN));
t('cursorTo row only', () => readline.cursorTo(sink, 'a', 1));
t('cursorTo bad cb', () => readline.cursorTo(sink, 1, 2, 3));
t('moveCursor bad cb', () => readline.moveCursor(sink, 1, 2, 3));
t('clearLine bad cb', () => readline.clearLine(sink, 1, 3));
t('clearScreenDown bad cb', () => readline.clearScreenDown(sink, 3));
t('cursorTo x', () => readline.cursorTo(sink, 3));
t('cursorTo x y', () => readline.cursorTo(sink, 3, 4));
t('cursorTo no numbers', () => readline.cursorTo(sink, 'a'));
t('moveCursor', () => readline.moveCursor(sink, -2, 3));
t('moveCursor right up', () => readline.moveCursor(sink, 2, -3));
t('moveCursor 0 0', () => readline.moveCursor(sink, 0, 0));
t('clearLine -1', () => readline.clearLine(sink, -1));
t('clearLine 1', () => readline.clearLine(sink, 1));
t('clearLine 0', () => readline.clearLine(sink, 0));
t('clearScreenDown', () => readline.clearScreenDown(sink));
flush('written');

const order = [];
readline.cursorTo(null, 1, () => order.push('cursorTo null'));
readline.moveCursor(undefined, 1, 1, (e) => order.push(`moveCursor undefined ${e}`));
readline.clearLine(null, 0, () => order.push('clearLine null'));
readline.clearScreenDown(null, () => order.push('clearScreenDown null'));
readline.cursorTo(sink, 1, 1, () => order.push('cursorTo sink'));
readline.cursorTo(sink, 0, () => order.push('cursorTo sink y=cb'));
order.push('sync');
process.nextTick(() => order.push('nextTick'));
setImmediate(async () => {
  console.log(order.join(', '));
  flush('callbacks');

  t('Readline no stream', () => new Readline());
  t('Readline readable', () => new Readline(new (require('stream').Readable)()));
  t('Readline autoCommit', () => new Readline(sink, { autoCommit: 1 }));
  const r = new Readline(sink);
  t('cursorTo 1.5', () => r.cursorTo(1.5));
  t('cursorTo y string', () => r.cursorTo(1, 'a'));
  t('moveCursor dx', () => r.moveCursor('a', 1));
  t('clearLine 2', () => r.clearLine(2));
  console.log(r.cursorTo(2) === r, r.cursorTo(2, 3) === r, r.moveCursor(-1, 1) === r,
    r.moveCursor(0, 0) === r, r.clearLine(-1) === r, r.clearScreenDown() === r);
  flush('before commit');
  console.log('commit', await r.commit());
  flush('committed');
  r.clearLine(0).rollback();
  await r.commit();
  flush('rolled back');
  const auto = new Readline(sink, { autoCommit: true });
  auto.cursorTo(0).clearLine(1);
  flush('autoCommit sync');
  await new Promise((resolve) => process.nextTick(resolve));
  flush('autoCommit next tick');
});
