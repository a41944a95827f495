// EventTarget: MaxListenersExceededWarning and
// AddEventListenerArgumentTypeWarning (captured from 'warning'), listener
// objects and their handleEvent, errors thrown by listeners, recursion,
// once/signal options, and events.getEventListeners/setMaxListeners.
'use strict';
const events = require('events');
const util = require('util');

process.on('warning', (w) => {
  console.log('warning:', w.name, '|', w.message, '|', w.type, w.count,
    w.target && Object.prototype.toString.call(w.target));
});
const uncaught = [];
process.on('uncaughtException', (err) => {
  uncaught.push(`${err.name}: ${err.message}`);
});
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function main() {
  const et = new EventTarget();
  console.log(et, util.inspect(et, { depth: -1 }), Object.keys(et), JSON.stringify(et));
  console.log(Object.getOwnPropertyNames(EventTarget.prototype).join(), EventTarget.length);
  class Sub extends EventTarget {
    constructor() {
      super();
      this.own = 1;
    }
  }
  console.log(new Sub(), [new Sub()]);

  // Null and undefined listeners warn and do nothing; other primitives throw.
  et.addEventListener('foo', null);
  et.addEventListener('foo', undefined);
  for (const args of [['foo', 5], ['foo'], ['foo', () => {}, 5], ['foo', () => {}, { signal: 5 }]]) {
    try {
      et.addEventListener(...args);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  for (const args of [['foo', 5], ['foo']]) {
    try {
      et.removeEventListener(...args);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  for (const args of [[], ['x'], [{ type: 'x' }]]) {
    try {
      et.dispatchEvent(...args);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  for (const method of ['addEventListener', 'dispatchEvent']) {
    try {
      EventTarget.prototype[method].call({}, new Event('x'), () => {});
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  await tick();

  // More than 10 listeners of one type warn once per target.
  for (let i = 0; i < 12; i++) et.addEventListener('bar', () => {});
  for (let i = 0; i < 12; i++) et.addEventListener('baz', () => {});
  const ac = new AbortController();
  for (let i = 0; i < 11; i++) ac.signal.addEventListener('abort', () => {});
  const limited = new EventTarget();
  events.setMaxListeners(2, limited);
  for (let i = 0; i < 3; i++) limited.addEventListener('lim', () => {});
  const unlimited = new EventTarget();
  events.setMaxListeners(0, unlimited);
  for (let i = 0; i < 20; i++) unlimited.addEventListener('many', () => {});
  const sub = new Sub();
  for (let i = 0; i < 11; i++) sub.addEventListener('s', () => {});
  // The same listener twice is one listener.
  const same = new EventTarget();
  const fn = () => {};
  for (let i = 0; i < 20; i++) same.addEventListener('dup', fn);
  console.log(events.getMaxListeners(et), events.getMaxListeners(limited), events.getMaxListeners(ac.signal));
  console.log(events.getEventListeners(et, 'bar').length, events.getEventListeners(same, 'dup').length,
    events.getEventListeners(same, 'dup')[0] === fn, events.getEventListeners(et, 'none').length);
  await tick();

  // Dispatch: this, eventPhase, recursion, stopImmediatePropagation.
  const t = new EventTarget();
  const ev = new Event('a', { cancelable: true });
  t.addEventListener('a', function (e) {
    console.log('first', this === t, e.eventPhase, e.currentTarget === t, e.target === t, e.composedPath().length);
    try {
      t.dispatchEvent(e);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
    e.preventDefault();
  });
  t.addEventListener('a', (e) => {
    console.log('second', e.eventPhase, e.currentTarget, e.target === t);
    e.stopImmediatePropagation();
  });
  t.addEventListener('a', () => console.log('third: not reached'));
  console.log(t.dispatchEvent(ev), ev.defaultPrevented, ev.cancelBubble, ev.eventPhase, ev.target === t);
  console.log('again', t.dispatchEvent(ev));
  console.log(t.dispatchEvent(new Event('nobody')));

  // Listener objects: handleEvent is looked up at each dispatch.
  const obj = {
    handleEvent(e) {
      console.log('handleEvent', this === obj, e.type);
    },
  };
  t.addEventListener('h', obj);
  t.addEventListener('h', obj);
  t.addEventListener('h', obj, true);
  const late = {};
  t.addEventListener('h', late);
  late.handleEvent = () => console.log('late handleEvent');
  t.addEventListener('h', {});
  t.dispatchEvent(new Event('h'));

  // once, capture and removal during dispatch.
  let n = 0;
  t.addEventListener('o', () => n++, { once: true });
  t.dispatchEvent(new Event('o'));
  t.dispatchEvent(new Event('o'));
  const cap = () => n++;
  t.addEventListener('cap', cap, true);
  t.removeEventListener('cap', cap, true);
  t.dispatchEvent(new Event('cap'));
  t.removeEventListener('cap', cap, { capture: true });
  t.dispatchEvent(new Event('cap'));
  const m2 = () => console.log('m2: not reached');
  t.addEventListener('m', () => {
    t.removeEventListener('m', m2);
    t.addEventListener('m', () => console.log('added during dispatch'));
  });
  t.addEventListener('m', m2);
  t.dispatchEvent(new Event('m'));
  console.log('counts', n);

  // The signal option removes the listener on abort.
  const sc = new AbortController();
  t.addEventListener('sig', () => console.log('sig listener'), { signal: sc.signal });
  t.dispatchEvent(new Event('sig'));
  sc.abort();
  t.dispatchEvent(new Event('sig'));
  t.addEventListener('sig', () => console.log('not added: signal aborted'), { signal: sc.signal });
  t.dispatchEvent(new Event('sig'));
  await tick();

  // What listeners throw is reported as an uncaught exception, after the
  // dispatch has finished.
  const cases = [
    () => { throw new Error('sync throw'); },
    async () => { throw new Error('async throw'); },
    { handleEvent() { throw new Error('handleEvent throw'); } },
    { handleEvent: 5 },
    { handleEvent: 'str' },
    { handleEvent: {} },
  ];
  for (const listener of cases) {
    const target = new EventTarget();
    target.addEventListener('err', listener);
    target.addEventListener('err', () => uncaught.push('next listener runs'));
    console.log('dispatch returns', target.dispatchEvent(new Event('err')), uncaught.length);
    await tick();
    console.log(uncaught.splice(0).join(' / '));
  }
}

main();
