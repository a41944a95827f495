'use strict';
// assert()/assert.ok messages quote the failing call's source.
const assert = require('assert');
const show = (f) => {
  try {
    f();
    console.log('passed');
  } catch (e) {
    console.log(JSON.stringify(e.message), e.generatedMessage, e.operator, e.actual, e.expected);
  }
};
show(() => assert.ok(false));
show(() => assert(0));
show(() => assert.ok());
show(() => assert.ok(null, 'custom msg'));
show(() => assert.ok(false, undefined));
show(() => assert(''));
show(() => assert.ok(typeof 123 === 'string'));
show(() => assert(1 > 2, undefined));
show(() => assert.ok([].length));
show(() => assert.strict.ok(NaN));
show(() => assert.strict(null));
const value = 0;
show(() => {
  assert(value === 1 ||
    value === 2);
});
show(() => assert.ok(true));
show(() => assert('x'));
show(() => assert.ok(false, new TypeError('err as message')));
