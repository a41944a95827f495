// AbortController and AbortSignal: DOMException reasons, the onabort
// handler's place among the listeners, AbortSignal.timeout/any, and
// util.inspect of both.
'use strict';
const util = require('util');

function describe(reason) {
  return [reason instanceof DOMException, reason instanceof Error, reason.name, reason.message,
    reason.code, Object.keys(reason).length, util.inspect(reason).split('\n')[0]].join(' | ');
}

const ac = new AbortController();
console.log(ac);
console.log(ac.signal);
console.log(util.inspect(ac, { depth: 0 }), util.inspect(ac.signal, { depth: -1 }));
console.log(util.inspect({ a: { b: ac } }));
console.log(Object.keys(ac), Object.keys(ac.signal), JSON.stringify(ac), JSON.stringify(ac.signal));
console.log(Object.getOwnPropertyNames(AbortSignal.prototype).join(),
  Object.getOwnPropertyNames(AbortController.prototype).join());
const order = [];
ac.signal.addEventListener('abort', (e) => order.push(`l1 ${e.isTrusted} ${e.type} ${e.target === ac.signal}`));
ac.signal.onabort = () => order.push('onabort-first');
ac.signal.addEventListener('abort', () => order.push('l3'));
ac.signal.onabort = function (e) { order.push(`onabort ${this === ac.signal} ${e.eventPhase}`); };
console.log(typeof ac.signal.onabort);
ac.abort();
ac.abort('second call ignored');
console.log(order.join(', '));
console.log(ac.signal.aborted, describe(ac.signal.reason));
console.log(ac);
try {
  ac.signal.throwIfAborted();
} catch (err) {
  console.log('throwIfAborted', err === ac.signal.reason);
}

const ac2 = new AbortController();
ac2.abort('why');
console.log(ac2.signal.reason, ac2.signal.aborted);
const ac3 = new AbortController();
ac3.abort(undefined);
console.log(describe(ac3.signal.reason));

const s = AbortSignal.abort();
console.log(s, describe(s.reason));
console.log(AbortSignal.abort(null).reason, AbortSignal.abort(0).reason);

try {
  new AbortSignal();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({});
} catch (err) {
  console.log(err.name, err.code, err.message);
}
for (const bad of ['1', -1, 1.5, 2 ** 32]) {
  try {
    AbortSignal.timeout(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
for (const bad of [undefined, 1, {}, [1], [AbortSignal.abort(), 'x']]) {
  try {
    AbortSignal.any(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

const empty = AbortSignal.any([]);
console.log(empty.aborted);
const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre')]);
console.log(pre.aborted, pre.reason);
const a1 = new AbortController();
const a2 = new AbortController();
const anyOf = AbortSignal.any([a1.signal, a2.signal]);
const nested = AbortSignal.any([anyOf]);
const seen = [];
a2.signal.onabort = () => seen.push(`a2 ${anyOf.aborted} ${nested.aborted}`);
anyOf.onabort = (e) => seen.push(`any ${e.isTrusted}`);
nested.onabort = () => seen.push('nested');
a2.abort();
a1.abort();
console.log(seen.join(', '), anyOf.reason === a2.signal.reason, nested.reason === a2.signal.reason,
  describe(anyOf.reason));

const t = AbortSignal.timeout(5);
t.addEventListener('abort', () => {
  console.log('timeout', t.aborted, describe(t.reason));
  const never = AbortSignal.timeout(100000);
  console.log('unref timer does not hold the process', never.aborted);
});
// The timeout's timer is unref'd: this one keeps the process until it fires.
setTimeout(() => console.log('done', t.aborted), 200);
