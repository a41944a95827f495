// rl[Symbol.asyncIterator]() without for-await: lines that come while nobody
// reads are kept, the iterator ends after 'close' once they are read, the
// interface pauses past 1024 kept lines and resumes when they are read,
// return() stops listening without closing, an 'error' rejects.
const readline = require('readline');
const { PassThrough } = require('stream');

async function drain(it, label) {
  const got = [];
  for (;;) {
    const r = await it.next();
    if (r.done) break;
    got.push(r.value);
  }
  console.log(label, JSON.stringify(got));
}

(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  rl.on('close', () => console.log('close event'));
  const it = rl[Symbol.asyncIterator]();
  console.log('same iterator', it === rl[Symbol.asyncIterator](), it[Symbol.asyncIterator]() === it,
    typeof it.next, typeof it.return, typeof it.throw);
  input.write('kept 1\nkept 2\n');
  setImmediate(() => input.end('last without newline'));
  await drain(it, 'lines');
  console.log('after end', await it.next(), rl.closed);

  // Many lines at once: past 1024 kept lines the interface pauses.
  const rl2 = readline.createInterface({ input: new PassThrough() });
  let n = 0;
  rl2.on('pause', () => console.log('pause after', n));
  rl2.on('resume', () => console.log('resume after', n));
  const it2 = rl2[Symbol.asyncIterator]();
  rl2.write(Array.from({ length: 1100 }, (_, i) => `line ${i}`).join('\n') + '\n');
  setImmediate(() => rl2.close());
  for (;;) {
    const r = await it2.next();
    if (r.done) break;
    n++;
  }
  console.log('read', n);

  // return(): no more lines, the interface stays open; kept ones remain.
  const rl3 = readline.createInterface({ input: new PassThrough() });
  const it3 = rl3[Symbol.asyncIterator]();
  rl3.write('x\ny\n');
  console.log(await it3.next());
  console.log(await it3.return());
  console.log('closed?', rl3.closed, 'line listeners', rl3.listenerCount('line'));
  rl3.write('z\n');
  console.log(await it3.next(), await it3.next());
  rl3.close();

  // An error while waiting rejects; the iterator is then done.
  const input4 = new PassThrough();
  const rl4 = readline.createInterface({ input: input4 });
  const it4 = rl4[Symbol.asyncIterator]();
  const pending = it4.next();
  input4.emit('error', new Error('boom'));
  await pending.then((r) => console.log('resolved', r), (e) => console.log('rejected', e.message));
  console.log(await it4.next());
  try {
    it4.throw('not an error');
  } catch (e) {
    console.log(e.code);
  }
  rl4.close();

  // Iterating a closed interface ends at once.
  const rl5 = readline.createInterface({ input: new PassThrough() });
  rl5.close();
  const it5 = rl5[Symbol.asyncIterator]();
  const first = it5.next();
  rl5.emit('close');
  console.log('closed iterator', await first);
})();
