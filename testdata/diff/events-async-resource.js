// events.EventEmitterAsyncResource: listeners run in the async context the
// emitter was made in; its AsyncResource, ids, and node's argument and
// receiver errors.
const { EventEmitterAsyncResource, EventEmitter } = require('events');
const { AsyncLocalStorage, executionAsyncId } = require('async_hooks');
console.log(typeof EventEmitterAsyncResource, Object.getOwnPropertyDescriptor(EventEmitter, 'EventEmitterAsyncResource') !== undefined);
try { new EventEmitterAsyncResource(); } catch (e) { console.log(e.code, e.message); }
const als = new AsyncLocalStorage();
let ee;
als.run('ctx-a', () => { ee = new EventEmitterAsyncResource({ name: 'X' }); });
ee.on('ev', (v) => console.log('listener store', als.getStore(), v));
als.run('ctx-b', () => ee.emit('ev', 1));
console.log(ee instanceof EventEmitter, ee.asyncResource.constructor.name, ee.asyncResource.eventEmitter === ee, typeof ee.asyncId, typeof ee.triggerAsyncId);
class Sub extends EventEmitterAsyncResource {}
const s = new Sub();
console.log(s.asyncResource.type === undefined, s.emit('nothing'));
const s2 = new EventEmitterAsyncResource('named');
console.log(s2.listenerCount('x'), Object.keys(s2).sort().join(','));
try { EventEmitterAsyncResource.prototype.emit.call({}, 'x'); } catch (e) { console.log(e.code); }
console.log(ee.emitDestroy() === undefined);
