'use strict';
// node's domain module. The active domain is the store of an
// AsyncLocalStorage, so callbacks scheduled in a domain (timers, I/O,
// promises, nextTick) run in it; process.domain and domain.active read it.
// An uncaught exception thrown while a domain with 'error' listeners is
// active is given to them (internal/uncaught), with err.domain and
// err.domainThrown set, and the domains are exited.

const EventEmitter = require('events');
const { AsyncLocalStorage } = require('async_hooks');
const { setDomainHandler } = require('internal/uncaught');

const als = new AsyncLocalStorage();
// stack is the domains entered in the current synchronous run, innermost
// last (node's domain._stack).
const stack = [];
// none is what process.domain is outside every domain: null until a domain
// was entered, then undefined (node's value once a domain has exited).
let none = null;

function current() {
  const d = als.getStore();
  return d === undefined ? none : d;
}

function activate(d) {
  als.enterWith(d === null ? undefined : d);
}

// markError records on er, if it is an object, the domain it went to.
function markError(er, d) {
  if ((typeof er === 'object' && er !== null) || typeof er === 'function') {
    Object.defineProperty(er, 'domain', {
      __proto__: null, configurable: true, enumerable: false, value: d, writable: true,
    });
    return true;
  }
  return false;
}

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
  }

  enter() {
    none = undefined;
    stack.push(this);
    activate(this);
  }

  exit() {
    const i = stack.lastIndexOf(this);
    if (i === -1) return;
    stack.length = i;
    activate(stack.length > 0 ? stack[stack.length - 1] : null);
  }

  // run leaves the domain entered when fn throws, as node's does, so that
  // the exception, uncaught, goes to it.
  run(fn, ...args) {
    this.enter();
    const ret = fn.apply(this, args);
    this.exit();
    return ret;
  }

  add(ee) {
    if (ee.domain === this) return;
    if (ee.domain) ee.domain.remove(ee);
    ee.domain = this;
    this.members.push(ee);
  }

  remove(ee) {
    ee.domain = null;
    const i = this.members.indexOf(ee);
    if (i !== -1) this.members.splice(i, 1);
  }

  bind(cb) {
    const self = this;
    function bound(...args) {
      return self.run(() => cb.apply(this, args));
    }
    Object.defineProperty(bound, 'domain', {
      __proto__: null, configurable: true, enumerable: false, value: this, writable: true,
    });
    return bound;
  }

  intercept(cb) {
    const self = this;
    function intercepted(er, ...args) {
      if (er) {
        if (markError(er, self)) {
          er.domainBound = cb;
          er.domainThrown = false;
        }
        self.emit('error', er);
        return undefined;
      }
      return self.run(() => cb.apply(this, args));
    }
    return intercepted;
  }

  dispose() {
    this.exit();
  }
}

// As node's domain module, emit is wrapped once domains are in use: an
// emitter added to a domain (or made in one) emits its events in that domain, and an
// 'error' it has no listener for goes to the domain (an error missing or
// falsy becomes ERR_UNHANDLED_ERROR), with err.domainEmitter, err.domain
// and err.domainThrown set.
let unhandledError;
const eventEmit = EventEmitter.prototype.emit;
EventEmitter.usingDomains = true;
EventEmitter.prototype.emit = function emit(...args) {
  const domain = this.domain;
  const type = args[0];
  if ((type === 'error' && this.listenerCount(type) > 0) || domain == null || this === process) {
    return Reflect.apply(eventEmit, this, args);
  }
  if (type === 'error') {
    if (unhandledError === undefined) {
      unhandledError = require('internal/errors').makeNodeError(Error, 'ERR_UNHANDLED_ERROR', () => 'Unhandled error.');
    }
    const er = args.length > 1 && args[1] ? args[1] : new unhandledError();
    if (typeof er === 'object') {
      er.domainEmitter = this;
      markError(er, domain);
      er.domainThrown = false;
    }
    // The domain's handler runs outside it (and the domains it entered
    // since), so that what it throws is not given back to it.
    const i = stack.lastIndexOf(domain);
    if (i !== -1) stack.length = i;
    activate(stack.length > 0 ? stack[stack.length - 1] : null);
    domain.emit('error', er);
    return false;
  }
  // Not exited when a listener throws, as in node: the exception then
  // goes to the domain.
  domain.enter();
  const ret = Reflect.apply(eventEmit, this, args);
  domain.exit();
  return ret;
};

// Every emitter gets a domain property, and one made while a domain is
// active belongs to it (implicit binding), as node's EventEmitter.init
// replacement does.
require('internal/events/init_hook').setInitHook((ee) => {
  Object.defineProperty(ee, 'domain', {
    __proto__: null, configurable: true, enumerable: false, value: null, writable: true,
  });
  const d = current();
  if (d && !(ee instanceof Domain)) ee.domain = d;
});

const listens = (d) => d.listenerCount('error') > 0;

// An uncaught exception goes to the active domain when it, or a domain on
// the stack, listens for 'error' (node's exception capture is set only
// then); it is taken even if none handles it, as node's capture is.
// Either way, if it was thrown in a domain, no domain is left active after
// it, and process.domain is null again (node's
// domainUncaughtExceptionClear).
setDomainHandler((er) => {
  const d = current();
  if (d == null) return false;
  const taken = listens(d) || stack.some(listens);
  if (taken) errorHandler(d, er);
  stack.length = 0;
  activate(null);
  none = null;
  return taken;
});

// errorHandler is node's Domain#_errorHandler: d, exited first, gets er
// on 'error' with the domains outside it still active; if it has no
// listener, or its listener throws, the next domain out gets what was
// thrown. Outside every domain a listener's throw ends the process.
function errorHandler(d, er) {
  if (markError(er, d)) er.domainThrown = true;
  while (current() === d && stack.includes(d)) d.exit();
  // Active from an async callback's context, not the stack.
  if (current() === d) activate(stack.length > 0 ? stack[stack.length - 1] : null);
  if (stack.length === 0) {
    if (listens(d)) d.emit('error', er);
    return;
  }
  try {
    d.emit('error', er);
  } catch (er2) {
    const outer = stack[stack.length - 1];
    activate(outer);
    errorHandler(outer, er2);
  }
}

Object.defineProperty(process, 'domain', {
  __proto__: null,
  get: current,
  set(d) { activate(d); },
  enumerable: true,
  configurable: true,
});

function create() {
  return new Domain();
}

module.exports = {
  _stack: stack,
  Domain,
  createDomain: create,
  create,
};
Object.defineProperty(module.exports, 'active', {
  __proto__: null,
  get: current,
  set(d) { activate(d); },
  enumerable: true,
  configurable: true,
});
