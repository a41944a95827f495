'use strict';
// Timeout objects as node keeps them: _idleTimeout (the delay as given),
// _onTimeout and _repeat read when the timer fires, _destroyed; delays
// truncated to whole milliseconds for ordering; Symbol.dispose; and the
// deprecated enroll/active/_unrefActive/unenroll.
const timers = require('timers');

// What fires is printed once all of it has (its order depends on the
// machine's load).
const fired = [];
let expected = 5;
const fire = (what) => {
  fired.push(what);
  if (--expected === 0) setImmediate(report);
};

process.on('warning', (w) => console.log('warning', w.code, w.message));
console.log(Object.keys(timers));

const order = [];
setTimeout(() => order.push(1), 1);
setTimeout(() => order.push(2), 1.8);
setTimeout(() => order.push(3), 1.1);
setTimeout(() => order.push(4), 1);

const t = setTimeout(() => {}, 1.5);
console.log('new', t._idleTimeout, t._repeat, t._destroyed, t._timerArgs, typeof t._idleStart);
clearTimeout(t);
console.log('cleared', t._idleTimeout, t._onTimeout, t._destroyed);
t.refresh();
console.log('refresh after clear', t._destroyed, t.hasRef());

const withArgs = setTimeout((a, b) => fire(`args ${a} ${b}`), 1, 'x', 'y');
console.log('timerArgs', withArgs._timerArgs);

const im = setImmediate(() => {});
console.log('immediate', im._destroyed);
im[Symbol.dispose]();
console.log('immediate disposed', im._destroyed);
const disposed = setTimeout(() => console.log('disposed timer ran'), 1);
disposed[Symbol.dispose]();
console.log('timer disposed', disposed._destroyed);

// A timeout that becomes an interval by setting _repeat, and stops when
// _idleTimeout is set to -1.
let runs = 0;
const grow = setTimeout(() => {
  runs++;
  if (runs === 1) grow._repeat = 2;
  if (runs === 3) {
    grow._idleTimeout = -1;
    setImmediate(() => fire(`grow ${runs} ${grow._destroyed}`));
  }
}, 1);

// _onTimeout replaced before the timer fires.
const swapped = setTimeout(() => console.log('original'), 1);
swapped._onTimeout = () => fire('replacement');

// The legacy API on a plain object.
const item = {
  _onTimeout() {
    fire(`item fired ${this === item} ${item._destroyed}`);
    setImmediate(() => fire(`item after ${item._destroyed}`));
  },
};
timers.enroll(item, 3.9);
console.log('enrolled', item._idleTimeout, item._destroyed);
timers.active(item);
console.log('active', typeof item._idleStart, Boolean(item._idleNext), item._destroyed);
const unrefd = { _onTimeout() { fired.push('unref item fired'); } };
timers.enroll(unrefd, 2);
timers._unrefActive(unrefd);
const stopped = { _onTimeout() { console.log('stopped item fired'); } };
timers.enroll(stopped, 1);
timers.active(stopped);
timers.unenroll(stopped);
console.log('unenrolled', stopped._idleTimeout, stopped._destroyed, stopped._idleNext);
const bogus = { _idleTimeout: -1 };
timers.active(bogus);
console.log('bogus', JSON.stringify(bogus));
for (const msecs of [-1, 'x', Infinity]) {
  try {
    timers.enroll({}, msecs);
  } catch (e) {
    console.log(e.code, e.message);
  }
}

expected++; // the order, below
setTimeout(() => fire(`order ${order.join()}`), 2);

function report() {
  // The unref'd item fires only if the process is still up then.
  console.log(fired.filter((f) => f !== 'unref item fired').sort());
}
