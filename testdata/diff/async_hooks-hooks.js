// async_hooks: createHook's init/before/after/destroy for timers,
// immediates, ticks and AsyncResource; executionAsyncId, triggerAsyncId and
// executionAsyncResource in each. (Promises are numbered differently from
// node's, so their events are left out; see COMPAT.md.)
'use strict';
const ah = require('async_hooks');
const { AsyncResource, AsyncLocalStorage, executionAsyncId, triggerAsyncId, executionAsyncResource } = ah;

const log = [];
const types = new Map([[1, 'main']]);
const name = (id) => types.get(id) || (id === 0 ? 'none' : 'other');
// Promises, and resources made before the hook was enabled, are left out.
const skip = (id) => !types.has(id) || types.get(id) === 'PROMISE';

console.log('top level', executionAsyncId(), triggerAsyncId(), typeof executionAsyncResource());
console.log('same top-level resource', executionAsyncResource() === executionAsyncResource());

for (const bad of [{ init: 1 }, { before: 'x' }, { after: {} }, { destroy: null }, { promiseResolve: 2 }]) {
  try {
    ah.createHook(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const hook = ah.createHook({
  init(id, type, trigger, resource) {
    types.set(id, type);
    if (type === 'PROMISE') return;
    log.push(`init ${type} by ${name(trigger)} ${typeof resource} this=${this === hook}`);
  },
  before(id) { if (!skip(id)) log.push(`before ${name(id)}`); },
  after(id) { if (!skip(id)) log.push(`after ${name(id)}`); },
  destroy(id) { if (!skip(id)) log.push(`destroy ${name(id)}`); },
});
console.log('enable returns the hook', hook.enable() === hook, hook.enable() === hook);

const als = new AsyncLocalStorage();
als.run('store', () => {
  const timeout = setTimeout(() => {
    resources();
    log.push(`timeout runs as ${name(executionAsyncId())}, made by ${name(triggerAsyncId())}, resource is its Timeout: ${executionAsyncResource() === timeout}, store ${als.getStore()}`);
    process.nextTick(() => {
      log.push(`tick runs as ${name(executionAsyncId())}, made by ${name(triggerAsyncId())}, store ${als.getStore()}`);
    });
    const immediate = setImmediate(() => {
      log.push(`immediate runs as ${name(executionAsyncId())}, made by ${name(triggerAsyncId())}, resource is its Immediate: ${executionAsyncResource() === immediate}`);
      const cleared = setTimeout(() => {}, 1000);
      clearTimeout(cleared);
      setImmediate(finish);
    });
  }, 1);
});

Promise.resolve(1).then(function inThen() {
  log.push(`then runs with a promise resource: ${executionAsyncResource() instanceof Promise}`);
});

function resources() {
  const resource = new AsyncResource('MINE');
  log.push(`resource ids ${resource.asyncId() > 1} ${resource.triggerAsyncId() === executionAsyncId()}`);
  resource.runInAsyncScope(function (a, b) {
    log.push(`scope runs as ${name(executionAsyncId())}, made by ${name(triggerAsyncId())}, resource ${executionAsyncResource() === resource}, this ${this}, args ${a} ${b}`);
  }, 'self', 1, 2);
  const explicit = new AsyncResource('EXPLICIT', { triggerAsyncId: resource.asyncId() });
  log.push(`explicit trigger is MINE: ${name(explicit.triggerAsyncId())}`);
  resource.emitDestroy();
}

function finish() {
  hook.disable();
  setTimeout(() => {
    log.push('not logged: the hook is disabled');
  }, 1).unref();
  console.log('disable returns the hook', hook.disable() === hook);
  console.log(log.filter((line) => !line.startsWith('not logged')).join('\n'));
}
