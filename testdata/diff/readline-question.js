// rl.question (callback, util.promisify, readline/promises), with and
// without an AbortSignal; prompt, setPrompt/getPrompt and what they write;
// question on a closed interface.
const readline = require('readline');
const rlp = require('readline/promises');
const util = require('util');
const { PassThrough, Writable } = require('stream');

let out = '';
const output = new Writable({ write(c, e, cb) { out += c; cb(); } });
const flush = (tag) => { console.log(tag, JSON.stringify(out)); out = ''; };
const describe = (e) => `${e.name} ${e.code} ${e.message}`;

const steps = [];
const step = (f) => steps.push(f);
const run = () => { if (steps.length) steps.shift()(); };

step(() => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output, prompt: 'P> ' });
  console.log('terminal', rl.terminal, 'prompt', rl.getPrompt());
  rl.prompt(); flush('prompt');
  rl.prompt(true); flush('prompt(true)');
  rl.setPrompt('new$ '); console.log('getPrompt', rl.getPrompt());
  rl.prompt(); flush('prompt after setPrompt');
  rl.on('line', (l) => console.log('line event', l));
  rl.question('name? ', (a) => {
    console.log('answer', JSON.stringify(a), 'prompt now', rl.getPrompt());
    // A second question while one is pending only prompts again.
    rl.question('first? ', (b) => console.log('answer first', b));
    rl.question('ignored? ', () => console.log('never'));
    flush('two questions');
    input.write('one\ntwo\n');
  });
  flush('question');
  input.write('Ann');
  input.write('\nrest\n');
  rl.on('close', () => { console.log('closed'); run(); });
  setImmediate(() => input.end());
});

step(() => {
  const rl = readline.createInterface({ input: new PassThrough(), output });
  const ac = new AbortController();
  rl.question('q1? ', { signal: ac.signal }, (a) => console.log('q1 answered', a));
  flush('q1');
  ac.abort();
  flush('q1 aborted');
  console.log('prompt restored', rl.getPrompt(), 'cursor', rl.cursor);
  rl.write('after abort\n');
  // An already aborted signal: nothing is asked.
  rl.question('q2? ', { signal: AbortSignal.abort() }, () => console.log('never'));
  flush('q2');
  const ac3 = new AbortController();
  rl.question('q3? ', { signal: ac3.signal }, (a) => console.log('q3 answered', a));
  rl.write('yes\n');
  ac3.abort(); // after the answer: no effect
  flush('q3');
  try {
    rl.question('bad', { signal: 'x' }, () => {});
  } catch (e) {
    console.log(describe(e));
  }
  rl.on('line', (l) => console.log('line', l));
  rl.question('no cb?', {});
  rl.write('unanswered\n');
  flush('no callback');
  rl.close();
  try {
    rl.question('closed? ', () => {});
  } catch (e) {
    console.log('closed question:', describe(e));
  }
  run();
});

step(async () => {
  const rl = readline.createInterface({ input: new PassThrough(), output });
  const question = util.promisify(rl.question).bind(rl);
  const p = question('promisified? ');
  rl.write('ok\n');
  console.log('promisified answer', await p);
  const ac = new AbortController();
  const p2 = question('abort me? ', { signal: ac.signal });
  ac.abort(new Error('reason'));
  await p2.catch((e) => console.log(describe(e), e.cause.message));
  await question('pre-aborted', { signal: AbortSignal.abort() }).catch((e) => console.log('pre-aborted', describe(e)));
  flush('promisify');
  rl.close();
  run();
});

step(async () => {
  const input = new PassThrough();
  const rl = rlp.createInterface({ input, output });
  console.log(rl instanceof readline.Interface, rl instanceof rlp.Interface, rl.constructor.name);
  const p = rl.question('promise? ');
  input.write('answer\n');
  console.log('resolved', await p);
  flush('promises');
  const ac = new AbortController();
  const p2 = rl.question('cancel? ', { signal: ac.signal });
  setImmediate(() => ac.abort('because'));
  await p2.catch((e) => console.log('rejected', describe(e), e.cause));
  flush('cancelled');
  await rl.question('pre', { signal: AbortSignal.abort('early') }).catch((e) => console.log('pre', describe(e), e.cause));
  try {
    await rl.question('bad', { signal: {} });
  } catch (e) {
    console.log('bad signal', describe(e));
  }
  // The last line without a newline is a 'line' event on end, not an
  // answer: the question stays pending.
  rl.question('last? ').then((a) => console.log('never answered', a));
  rl.on('line', (l) => console.log('line on end', l));
  rl.on('close', async () => {
    console.log('closed', rl.closed);
    await rl.question('after close').catch((e) => console.log('after close', describe(e)));
    flush('end');
    run();
  });
  input.end('final');
});

run();
