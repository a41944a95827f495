'use strict';
// assert.CallTracker counts calls and reports/verifies expectations.
const assert = require('assert');
const tracker = new assert.CallTracker();
function foo(a, b) { return a + b; }
const tracked = tracker.calls(foo, 2);
console.log(tracked(1, 2), tracked.name, tracked.length);
console.log(JSON.stringify(tracker.report().map((r) => [r.message, r.actual, r.expected, r.operator, typeof r.stack])));
try {
  tracker.verify();
} catch (e) {
  console.log(e.code, JSON.stringify(e.message), JSON.stringify(Object.keys(e)), e['actual 0'], e['operator 0']);
}
tracked(3, 4);
tracker.verify();
console.log('verified', JSON.stringify(tracker.getCalls(tracked).map((c) => c.arguments)));
tracker.reset(tracked);
console.log(tracker.getCalls(tracked).length);
const noop = tracker.calls();
const two = tracker.calls(2);
two();
try { tracker.verify(); } catch (e) { console.log(JSON.stringify(e.message), e['message 0'], e['message 1'], e['message 2']); }
noop();
for (const bad of [() => tracker.calls('x'), () => tracker.calls(foo, 0), () => tracker.getCalls(foo)]) {
  try { bad(); } catch (e) { console.log(e.name, e.code); }
}
