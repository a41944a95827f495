'use strict';
// send() on both sides of a channel: its shape, what it returns and throws
// for each kind of argument, and what the peer receives; run under node and
// gonode, the output must match.
const { fork } = require('child_process');

function probe(side, target, out) {
  const send = target.send;
  out(`${side} send: ${typeof send} ${JSON.stringify(send.name)} ${send.length}`);
  const tryIt = (label, fn) => {
    try {
      out(`${side} ${label} -> ${JSON.stringify(fn())}`);
    } catch (e) {
      out(`${side} ${label} throws ${e.name} ${e.code || ''} ${e instanceof TypeError && e.code ? e.message : ''}`);
    }
  };
  tryIt('object', () => target.send({ a: 1, b: 'é', c: [true, null] }));
  tryIt('string', () => target.send('str'));
  tryIt('int', () => target.send(42));
  tryIt('float', () => target.send(1.5));
  tryIt('bool', () => target.send(false));
  tryIt('null', () => target.send(null));
  tryIt('array', () => target.send([1, 'x']));
  tryIt('explicit undefineds', () => target.send('u', undefined, undefined, undefined));
  tryIt('five args', () => target.send('five', undefined, undefined, undefined, undefined));
  tryIt('undefined', () => target.send(undefined));
  tryIt('function', () => target.send(() => 1));
  tryIt('symbol', () => target.send(Symbol('s')));
  tryIt('bigint', () => target.send(1n));
  tryIt('bigint inside', () => target.send({ big: 1n }));
  tryIt('circular', () => { const o = {}; o.o = o; return target.send(o); });
  tryIt('toJSON', () => target.send({ toJSON() { return 'via toJSON'; } }));
  tryIt('bad options', () => target.send('x', undefined, 'opts'));
  tryIt('this null', () => send.call(null, 'x'));
  tryIt('this other', () => send.call({ connected: false, emit() {} }, 'x'));
  tryIt('detached call', () => { const s = target.send; return s.call(target, 'detached'); });
  target.send('with callback', (err) => out(`${side} callback ${err}`));
  target.send('last');
}

if (process.argv[2] === 'child') {
  const lines = [];
  process.on('message', (m) => {
    if (m === 'probe') {
      probe('child', process, (l) => lines.push(l));
      return;
    }
    if (m === 'report') {
      process.send({ lines }, () => process.disconnect());
    }
  });
  return;
}

const child = fork(__filename, ['child']);
const got = [];
let lasts = 0;
child.on('message', (m) => {
  if (m && m.lines) {
    for (const l of m.lines) console.log(l);
    console.log('parent got', JSON.stringify(got));
    return;
  }
  got.push(m);
  if (m === 'last' && ++lasts === 1) child.send('report');
});
child.on('disconnect', () => {
  console.log('disconnected');
  try {
    console.log('send after disconnect ->', child.send('late'));
  } catch (e) {
    console.log('send after disconnect throws', e.code);
  }
  child.on('error', (e) => console.log('error event', e.code));
});
probe('parent', child, (l) => console.log(l));
child.send('probe');
