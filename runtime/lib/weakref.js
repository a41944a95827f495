// WeakRef and FinalizationRegistry, which goja lacks, over Go's weak
// pointers and cleanups (runtime/weakref.go gives the native half).
'use strict';
(function weakRefs(native) {
  const refs = new WeakMap();
  const registries = new WeakMap();
  const tag = (ctor, name) => Object.defineProperty(ctor.prototype, Symbol.toStringTag, {
    __proto__: null, value: name, configurable: true,
  });
  const method = (ctor, name, fn) => Object.defineProperty(ctor.prototype, name, {
    __proto__: null, value: fn, writable: true, configurable: true,
  });
  const incompatible = (m, self) => new TypeError(`Method ${m} called on incompatible receiver ${native.describe(self)}`);
  const isObject = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');

  function WeakRef(target) {
    if (new.target === undefined) throw new TypeError("Constructor WeakRef requires 'new'");
    if (!isObject(target)) throw new TypeError('WeakRef: invalid target');
    refs.set(this, native.makeRef(target));
  }
  method(WeakRef, 'deref', function deref() {
    const ref = refs.get(this);
    if (ref === undefined) throw incompatible('WeakRef.prototype.deref', this);
    return native.deref(ref);
  });
  tag(WeakRef, 'WeakRef');

  function FinalizationRegistry(cleanup) {
    if (new.target === undefined) throw new TypeError("Constructor FinalizationRegistry requires 'new'");
    if (typeof cleanup !== 'function') throw new TypeError('FinalizationRegistry: cleanup must be callable');
    registries.set(this, native.makeRegistry(cleanup));
  }
  method(FinalizationRegistry, 'register', function register(target, heldValue, unregisterToken) {
    const r = registries.get(this);
    if (r === undefined) throw incompatible('FinalizationRegistry.prototype.register', this);
    if (!isObject(target)) throw new TypeError('FinalizationRegistry.prototype.register: invalid target');
    if (target === heldValue) {
      throw new TypeError('FinalizationRegistry.prototype.register: target and holdings must not be same');
    }
    if (unregisterToken !== undefined && !isObject(unregisterToken)) {
      throw new TypeError(`FinalizationRegistry.prototype.register: invalid unregister token ('${String(unregisterToken)}')`);
    }
    native.register(r, target, heldValue, unregisterToken);
  });
  method(FinalizationRegistry, 'unregister', function unregister(unregisterToken) {
    const r = registries.get(this);
    if (r === undefined) throw incompatible('FinalizationRegistry.prototype.unregister', this);
    if (!isObject(unregisterToken)) throw new TypeError(`Invalid unregisterToken ('${String(unregisterToken)}')`);
    return native.unregister(r, unregisterToken);
  });
  tag(FinalizationRegistry, 'FinalizationRegistry');
  return { WeakRef, FinalizationRegistry };
})
