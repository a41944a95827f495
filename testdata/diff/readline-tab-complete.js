'use strict';
// Tab completion in a terminal interface: the common prefix is inserted,
// a second tab lists the completions in columns, and completers may
// answer through a callback or by returning (and, with readline/promises,
// with a promise).
const { PassThrough } = require('stream');
const readline = require('readline');

function run(name, completer, columns, rlModule = readline) {
  return new Promise((resolve) => {
    const input = new PassThrough();
    const output = new PassThrough();
    output.columns = columns;
    let written = '';
    output.on('data', (d) => { written += d; });
    const rl = rlModule.createInterface({ terminal: true, input, output, completer, prompt: '' });
    input.write('process.s\t');
    setImmediate(() => {
      input.write('\t');
      setImmediate(() => {
        console.log(name, JSON.stringify(rl.line), rl.cursor);
        // Without an error's stack lines: they have paths.
        console.log(JSON.stringify(written.replace(/\n {4}at .*/g, '')));
        rl.close();
        resolve();
      });
    });
  });
}

const names = ['process.stdout', 'process.stdin', 'process.stderr', 'process.spawn'];
const complete = (line) => [names.filter((n) => n.startsWith(line)), line];

(async () => {
  await run('callback', (line, cb) => cb(null, complete(line)), undefined);
  await run('sync', (line) => complete(line), 40);
  await run('promise ignored', async (line) => complete(line), 80);
  const promises = require('readline/promises');
  await run('promises sync', (line) => complete(line), 80, promises);
  await run('promises async', async (line) => complete(line), 80, promises);
  await run('promises error', async () => { throw new Error('nope'); }, 80, promises);
  await run('insert', (line) => [['process.stdout', 'process.stdin'], line], undefined);
  await run('replace', (line) => [['PROCESS'], 'process.s'], undefined);
  await run('error', (line, cb) => cb(new Error('nope')), undefined);
  await run('none', (line) => [[], line], undefined);
})();
