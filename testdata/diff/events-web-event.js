// Event and CustomEvent: fields are prototype getters (no own enumerable
// properties), util.inspect shows type/defaultPrevented/cancelable/timeStamp,
// and timeStamp counts from the process start.
'use strict';
const util = require('util');

const stamp = (s) => s.replace(/timeStamp: [0-9.e+-]+/g, 'timeStamp: <n>');

const e = new Event('x');
console.log(Object.keys(e), JSON.stringify(e), Object.getOwnPropertyNames(e));
const inherited = [];
for (const k in e) inherited.push(k);
console.log(inherited.join());
console.log(Object.getOwnPropertyNames(Event.prototype).join());
for (const k of ['type', 'timeStamp', 'isTrusted', 'cancelBubble', 'preventDefault']) {
  const d = Object.getOwnPropertyDescriptor(Event.prototype, k);
  console.log(k, typeof d.get, typeof d.set, typeof d.value, d.enumerable, d.configurable);
}
console.log(stamp(util.inspect(e)));
console.log(stamp(util.inspect({ list: [e] }, { depth: 0 })), util.inspect(e, { depth: -1 }));
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.isTrusted, e.target,
  e.currentTarget, e.srcElement, e.eventPhase, e.returnValue, e.cancelBubble, e.composedPath());
console.log(typeof e.timeStamp, e.timeStamp >= 0, e.timeStamp < 5000);
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, Event.length);
console.log(Object.prototype.toString.call(e));

const c = new Event('c', { cancelable: true, bubbles: 1, composed: 'yes' });
c.preventDefault();
console.log(c.defaultPrevented, c.returnValue, c.bubbles, c.composed);
const nc = new Event('nc');
nc.preventDefault();
console.log(nc.defaultPrevented, nc.returnValue);
nc.cancelBubble = true;
console.log(nc.cancelBubble);
nc.initEvent('renamed', true, true);
console.log(nc.type, nc.bubbles, nc.cancelable);
console.log(new Event(undefined).type, new Event(null).type, new Event(5).type, new Event('o', null).type);

for (const bad of [[], [null, 5], ['x', 'str'], ['x', []], ['x', () => {}]]) {
  try {
    new Event(...bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({});
} catch (err) {
  console.log(err.name, err.code, err.message);
}

const ce = new CustomEvent('custom', { detail: { deep: [1, 2] }, cancelable: true });
console.log(ce instanceof Event, ce.detail, ce.cancelable, Object.keys(ce), JSON.stringify(ce));
console.log(stamp(util.inspect(ce)));
console.log(new CustomEvent('n').detail, new CustomEvent('z', { detail: 0 }).detail,
  new CustomEvent('f', { detail: false }).detail, new CustomEvent('u', { detail: undefined }).detail);
console.log(Object.getOwnPropertyNames(CustomEvent.prototype).join(), typeof ce.initCustomEvent,
  CustomEvent.length, Object.prototype.toString.call(ce));
try {
  new CustomEvent();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x'));
} catch (err) {
  console.log(err.name, err.code, err.message);
}

class MyEvent extends Event {}
console.log(stamp(util.inspect(new MyEvent('mine'))));
for (const name of ['Event', 'EventTarget', 'CustomEvent', 'AbortController', 'AbortSignal', 'DOMException']) {
  console.log(name, Object.getOwnPropertyDescriptor(globalThis, name).enumerable);
}
