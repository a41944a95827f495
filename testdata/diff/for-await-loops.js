// for await (... of ...) in async functions: over async iterables (a
// Readable stream, events.on, a hand-made one), sync iterables of
// promises, with break, continue, throw and return, nested, and over
// destructured and existing variables. goja cannot parse these loops;
// gonode rewrites them when it loads a module.
'use strict';
const { Readable } = require('stream');
const { on, EventEmitter } = require('events');

function counter(n, log) {
  return {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next: async () => (i < n ? { value: i++, done: false } : { value: undefined, done: true }),
        return: async () => { log.push('return'); return { done: true }; },
      };
    },
  };
}

async function main() {
  const chunks = [];
  for await (const chunk of Readable.from(['a', 'b', 'c'])) {
    chunks.push(chunk);
  }
  console.log('stream:', chunks.join(''));

  const log = [];
  for await (const i of counter(5, log)) {
    if (i === 1) continue;
    if (i === 3) break;
    log.push(i);
  }
  console.log('break/continue:', log.join());

  const values = [];
  for await (const v of [Promise.resolve(1), 2, new Promise((r) => setTimeout(() => r(3), 1))]) values.push(v);
  console.log('sync iterable of promises:', values.join());

  try {
    const tlog = [];
    for await (const i of counter(3, tlog)) { // comment with } and {
      if (i === 1) throw new Error(`thrown at ${i} {`);
    }
  } catch (e) {
    console.log('throw:', e.message);
  }

  const pairs = [];
  for await (const [k, v] of [['x', 1], ['y', 2]]) {
    for await (const n of counter(2, [])) {
      pairs.push(`${k}${v}${n}`);
    }
  }
  console.log('nested, destructured:', pairs.join());

  let last;
  for await (last of counter(3, [])) {
    // the loop assigns an existing variable
  }
  console.log('existing variable:', last);

  const rlog = [];
  const first = await (async () => {
    for await (const i of counter(3, rlog)) {
      return i;
    }
  })();
  console.log('return:', first, rlog.join());

  const ee = new EventEmitter();
  setTimeout(() => { ee.emit('tick', 1); ee.emit('tick', 2); ee.emit('tick', 3); }, 1);
  const ticks = [];
  for await (const [n] of on(ee, 'tick')) {
    ticks.push(n);
    if (n === 3) break;
  }
  console.log('events.on:', ticks.join(), ee.listenerCount('tick'));
}
main();
