'use strict';
// events.on's highWaterMark/lowWaterMark pause and resume the emitter, and
// the iterator's watermark data (readline's line iterator has it too).
const { on, EventEmitter } = require('events');
const { Readable } = require('stream');
const readline = require('readline');

const e = new EventEmitter();
e.pause = () => console.log('pause');
e.resume = () => console.log('resume');
const it = on(e, 'x', { highWaterMark: 2, lowWatermark: 2 });
const wm = it[Symbol.for('nodejs.watermarkData')];
console.log(Object.keys(wm), wm.size, wm.low, wm.high, wm.isPaused);
e.emit('x', 1);
e.emit('x', 2);
e.emit('x', 3, 'b');
console.log(wm.size, wm.isPaused);

for (const bad of [0, 1.5, 'a']) {
  for (const key of ['highWaterMark', 'lowWatermark']) {
    try {
      on(e, 'x', { [key]: bad });
    } catch (err) {
      console.log(err.code, err.message);
    }
  }
}

(async () => {
  console.log(await it.next(), wm.size, wm.isPaused);
  console.log(await it.next(), wm.size, wm.isPaused);
  console.log(await it.next(), wm.size, wm.isPaused);

  const readable = new Readable({ read() {} });
  readable.push('line\n'.repeat(1030));
  readable.push(null);
  const rl = readline.createInterface({ input: readable, crlfDelay: Infinity });
  const lines = rl[Symbol.asyncIterator]();
  const data = lines[Symbol.for('nodejs.watermarkData')];
  console.log('readline', data.high, data.low);
  let n = 0;
  let maxSize = 0;
  for await (const line of lines) {
    if (line !== 'line') throw new Error(line);
    if (data.size > maxSize) maxSize = data.size;
    n++;
  }
  console.log('lines', n, maxSize, data.isPaused);
})();

// return() stops listening; events already queued are still read.
(async () => {
  const e2 = new EventEmitter();
  const it2 = on(e2, 'y');
  e2.emit('y', 'a');
  e2.emit('y', 'b');
  console.log(await it2.return(), e2.listenerCount('y'));
  e2.emit('y', 'c');
  console.log(await it2.next(), await it2.next(), await it2.next());
})();
