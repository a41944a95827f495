// The order of readline's events against the input's: the last partial line,
// 'pause' and 'close' come from the input's 'end' before later 'end'
// listeners; close() is idempotent; pause/resume emit once and return the
// interface; an AbortSignal option closes the interface.
const readline = require('readline');
const { PassThrough } = require('stream');

const log = [];
const input = new PassThrough();
input.on('end', () => log.push('input end (before rl)'));
const rl = readline.createInterface({ input, output: null });
for (const e of ['line', 'close', 'pause', 'resume', 'history', 'SIGINT']) {
  rl.on(e, (...args) => log.push(`${e} ${JSON.stringify(args)}`));
}
input.on('end', () => log.push('input end (after rl)'));
input.on('close', () => {
  log.push('input close');
  console.log(log.join('\n'));
  more();
});
console.log('paused', rl.paused, 'closed', rl.closed, 'terminal', rl.terminal, 'history', rl.history, rl.historySize);
console.log('pause returns rl', rl.pause() === rl, 'again', rl.pause());
console.log('resume returns rl', rl.resume() === rl, 'again', rl.resume());
input.write('one\ntw');
input.end('o');

function more() {
  const rl2 = readline.createInterface(new PassThrough());
  let closes = 0;
  rl2.on('close', () => closes++);
  rl2.on('pause', () => console.log('rl2 pause'));
  rl2.close();
  rl2.close();
  console.log('closes', closes, 'closed', rl2.closed, 'paused', rl2.paused);
  console.log('input listeners after close', rl2.input.listenerCount('data'), rl2.input.listenerCount('end'));

  const ac = new AbortController();
  const rl3 = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
  rl3.on('close', () => console.log('rl3 closed by abort'));
  ac.abort();

  const rl4 = readline.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
  rl4.on('close', () => console.log('rl4 closed on next tick'));
  console.log('rl4 closed yet', rl4.closed);

  // 'line' listeners that close the interface: the rest of the chunk is
  // still delivered, 'close' comes once.
  const rl5 = readline.createInterface({ input: new PassThrough() });
  rl5.on('line', (l) => {
    console.log('rl5 line', l);
    rl5.close();
  });
  rl5.on('close', () => console.log('rl5 close'));
  rl5.write('a\nb\nc\n');

  // An input 'error' is re-emitted by the interface.
  const input6 = new PassThrough();
  const rl6 = readline.createInterface({ input: input6 });
  rl6.on('error', (e) => console.log('rl6 error', e.message));
  input6.destroy(new Error('broken'));
}
