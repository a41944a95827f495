'use strict';
// EventEmitterAsyncResource's methods and getters on something that is
// not one throw ERR_INVALID_THIS, as node's private-field checks do.
const { EventEmitterAsyncResource } = require('events');

const proto = EventEmitterAsyncResource.prototype;
const attempts = {
  emit: () => proto.emit(),
  emitDestroy: () => proto.emitDestroy(),
  asyncId: () => Reflect.get(proto, 'asyncId', {}),
  triggerAsyncId: () => Reflect.get(proto, 'triggerAsyncId', {}),
  asyncResource: () => Reflect.get(proto, 'asyncResource', {}),
};
for (const [name, f] of Object.entries(attempts)) {
  try {
    f();
    console.log(name, 'did not throw');
  } catch (e) {
    console.log(name, e.code, e.message);
  }
}
const ee = new EventEmitterAsyncResource({ name: 'X' });
console.log(typeof ee.asyncId, ee.asyncResource === ee.asyncResource);
