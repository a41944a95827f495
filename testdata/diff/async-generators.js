// Async generator functions (async function*, async *method() in objects
// and classes, static and computed): for await over them, next/return/
// throw by hand and queued, yield* delegation, awaits and yields that
// reject, finally blocks on break, this and arguments, a Readable made
// from one, and a for-await loop with an empty body. goja compiles none
// of these; gonode rewrites them when it loads a module.
'use strict';
const log = [];
async function* count(n) {
  for (let i = 0; i < n; i++) {
    await new Promise((r) => setTimeout(r, 1));
    yield i;
  }
  return 'end';
}
async function* withTry() {
  try {
    yield 1;
    await Promise.reject(new Error('boom'));
  } catch (e) {
    yield 'caught ' + e.message;
  } finally {
    log.push('finally ran');
  }
}
const obj = {
  async *items() { yield* [10, 20]; yield await Promise.resolve(30); },
  name: 'obj',
};
class Q {
  constructor() { this.data = ['a', 'b']; }
  async *[Symbol.asyncIterator]() { for (const d of this.data) yield d; }
  static async *gen(x, y = 2) { yield x + y; yield arguments.length; }
}
async function* delegating() {
  const r = yield* count(2);
  yield 'inner returned ' + r;
  yield* new Q();
}
const expr = async function* named() { yield typeof named; };
(async () => {
  for await (const v of count(3)) console.log('count', v);
  const it = count(2);
  console.log(await it.next(), await it.next(), await it.next(), await it.next());
  for await (const v of withTry()) console.log('try', v);
  console.log(log);
  for await (const v of obj.items()) console.log('items', v);
  for await (const v of new Q()) console.log('Q', v);
  for await (const v of Q.gen(1)) console.log('gen', v);
  for await (const v of delegating()) console.log('deleg', v);
  for await (const v of expr()) console.log('expr', v);
  const g = count(5);
  console.log(Object.prototype.toString.call(g), typeof g[Symbol.asyncIterator], g[Symbol.asyncIterator]() === g);
  console.log(count.name, count.length, Q.gen.length, typeof count);
  // queued calls
  const q = count(3);
  const ps = [q.next(), q.next(), q.return('early'), q.next()];
  console.log(await Promise.all(ps));
  // break out of for await calls return (finally runs)
  async function* fin() { try { yield 1; yield 2; } finally { console.log('fin cleanup'); } }
  for await (const v of fin()) { console.log('fin', v); break; }
  // throw() into a generator
  async function* catcher() { while (true) { try { yield 'waiting'; } catch (e) { console.log('got thrown', e); return 'stopped'; } } }
  const c = catcher();
  console.log(await c.next(), await c.throw('X'), await c.next());
  // yield of a rejected promise throws into the generator
  async function* rej() { try { yield Promise.reject(new Error('r')); } catch (e) { yield 'after ' + e.message; } }
  for await (const v of rej()) console.log('rej', v);
  // error thrown escapes
  async function* thrower() { yield 1; throw new TypeError('bad'); }
  try { for await (const v of thrower()) console.log('thrower', v); } catch (e) { console.log('caught outside', e.name, e.message); }
  // this binding
  const holder = { k: 7, async *g() { yield this.k; } };
  for await (const v of holder.g()) console.log('this', v);
  // nested async function inside async generator keeps its own await
  async function* nested() { const f = async () => { return await Promise.resolve('n'); }; yield await f(); }
  for await (const v of nested()) console.log('nested', v);
  // string with async * inside
  const s = "async *notAMethod() {}"; console.log(s);
  // readable from async generator
  const { Readable } = require('stream');
  const chunks = [];
  for await (const c of Readable.from(count(3))) chunks.push(c);
  console.log('readable', chunks);
  let n = 0;
  async function* counted() { n++; yield 1; n++; yield 2; }
  for await (const _ of counted());
  console.log('empty body ran', n);
})();
