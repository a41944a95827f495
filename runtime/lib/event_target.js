// EventTarget, Event, CustomEvent, AbortController and AbortSignal: the
// web-platform event classes Node exposes as globals, with node's behaviour
// (lib/internal/event_target.js, lib/internal/abort_controller.js). Compiled
// on first use.
'use strict';

const EventEmitter = require('events');

const kMaxListeners = EventEmitter.kMaxEventTargetListeners;
const kMaxListenersWarned = EventEmitter.kMaxEventTargetListenersWarned;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kIsEventTarget = Symbol.for('nodejs.event_target');

const kType = Symbol('type');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kTrustEvent = Symbol('kTrustEvent');
const kDetail = Symbol('detail');
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');

// Errors come from internal/errors, loaded only when one is thrown.
let errorCodes;
function codes() {
  if (errorCodes === undefined) {
    const { codes: c, makeNodeError } = require('internal/errors');
    errorCodes = Object.assign({}, c, {
      ERR_EVENT_RECURSION: makeNodeError(Error, 'ERR_EVENT_RECURSION',
        (type) => `The event "${type}" is already being dispatched`),
      ERR_ILLEGAL_CONSTRUCTOR: makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', () => 'Illegal constructor'),
    });
  }
  return errorCodes;
}
function nodeError(code, ...args) {
  const Ctor = codes()[code];
  return new Ctor(...args);
}

let utilInspect;
function inspect(value, opts) {
  if (utilInspect === undefined) utilInspect = require('util').inspect;
  return utilInspect(value, opts);
}

// The reasons are made where they are needed (not in a helper), so that
// their stack starts at the DOMException constructor and the API called.
let DOMExceptionCtor;
function DOMException() {
  DOMExceptionCtor ??= require('internal/domexception').DOMException;
  return DOMExceptionCtor;
}

// now is performance.now(): milliseconds since the process started.
function now() {
  return process.uptime() * 1e3;
}

// nestedOptions are the options a custom inspector passes on for its fields.
function nestedOptions(options) {
  return Object.assign({}, options, {
    depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
  });
}

function inspectWith(inspectFn) {
  return typeof inspectFn === 'function' ? inspectFn : inspect;
}

const trustedEvents = new WeakSet();

function isEvent(value) {
  return value?.[kType] !== undefined;
}

function checkEvent(value) {
  if (!isEvent(value)) throw nodeError('ERR_INVALID_THIS', 'Event');
}

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = now();
  #propagationStopped = false;

  constructor(type, options = null) {
    if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'type');
    if (options !== null && (typeof options !== 'object' || Array.isArray(options))) {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'options', 'object', options);
    }
    const { bubbles, cancelable, composed } = { ...options };
    this.#cancelable = !!cancelable;
    this.#bubbles = !!bubbles;
    this.#composed = !!composed;
    this[kType] = `${type}`;
    if (options?.[kTrustEvent]) trustedEvents.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspectSymbol](depth, options, inspectFn) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspectWith(inspectFn)({
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, nestedOptions(options))}`;
  }

  stopImmediatePropagation() {
    checkEvent(this);
    // Spec mention "stopImmediatePropagation should set both "stop propagation"
    // and "stop immediate propagation" flags".
    this.#propagationStopped = true;
    this[kStop] = true;
  }

  preventDefault() {
    checkEvent(this);
    this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this[kTarget];
  }

  get currentTarget() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    checkEvent(this);
    return this[kTarget];
  }

  get type() {
    checkEvent(this);
    return this[kType];
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timestamp;
  }

  composedPath() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }
}

function enumerable(proto, names) {
  for (const name of names) Object.defineProperty(proto, name, { __proto__: null, enumerable: true });
}

enumerable(Event.prototype, ['initEvent', 'stopImmediatePropagation', 'preventDefault', 'target',
  'currentTarget', 'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath',
  'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation']);
// isTrusted is LegacyUnforgeable: an enumerable, non-configurable accessor.
Object.defineProperty(Event.prototype, 'isTrusted', {
  __proto__: null,
  get: Object.getOwnPropertyDescriptor({ get isTrusted() { return trustedEvents.has(this); } }, 'isTrusted').get,
  enumerable: true,
  configurable: false,
});
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: 'Event', writable: false, enumerable: false, configurable: true,
});
['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'].forEach((name, value) => {
  Object.defineProperty(Event, name, {
    __proto__: null, value, writable: false, enumerable: true, configurable: false,
  });
});

class CustomEvent extends Event {
  constructor(type, options = {}) {
    if (arguments.length === 0) throw nodeError('ERR_MISSING_ARGS', 'type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }

  get detail() {
    if (this?.[kDetail] === undefined) throw nodeError('ERR_INVALID_THIS', 'CustomEvent');
    return this[kDetail];
  }
}
enumerable(CustomEvent.prototype, ['detail']);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
});

// A target's listeners of one type are a linked list after a root
// { size, next }: a listener removed while an event is dispatched is marked,
// and the dispatch reaches listeners added behind the one running.
class Listener {
  constructor(previous, listener, once, capture, passive, resistStopPropagation) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.listener = listener;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.resistStopPropagation = resistStopPropagation;
    this.removed = false;
    if (typeof listener === 'function') {
      this.callback = listener;
    } else {
      // handleEvent is looked up at each dispatch; what it throws is reported
      // as a rejection, as node's async wrapper does.
      this.callback = async function callHandleEvent(...args) {
        const handleEvent = listener.handleEvent;
        if (handleEvent) {
          if (typeof handleEvent !== 'function') throw notAFunction(handleEvent);
          await Reflect.apply(handleEvent, listener, args);
        }
      };
    }
  }

  same(listener, capture) {
    return this.listener === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
  }
}

// notAFunction is V8's TypeError for Reflect.apply on a non-callable.
function notAFunction(value) {
  let shown;
  let kind = typeof value;
  if (value === null) {
    kind = 'object';
    shown = 'null';
  } else if (typeof value === 'object') {
    const ctor = value.constructor;
    shown = `#<${(typeof ctor === 'function' && ctor.name) || 'Object'}>`;
  } else {
    shown = String(value);
  }
  const article = /^[aeiou]/.test(kind) ? 'an' : 'a';
  return new TypeError(`Function.prototype.apply was called on ${shown}, which is ${article} ${kind} and not a function`);
}

function isEventTarget(value) {
  return value?.[kEvents] !== undefined;
}

function checkEventTarget(value) {
  if (!isEventTarget(value)) throw nodeError('ERR_INVALID_THIS', 'EventTarget');
}

// validateListener says whether listener can be added: functions and
// objects can (an object's handleEvent is looked up when it is called),
// null and undefined are ignored with a warning, anything else throws.
function validateListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw nodeError('ERR_INVALID_ARG_TYPE', 'listener', 'EventListener', listener);
}

function listenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return {};
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw nodeError('ERR_INVALID_ARG_TYPE', 'options', 'object', options);
  }
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    resistStopPropagation: options[kResistStopPropagation] ?? false,
  };
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw nodeError('ERR_INVALID_ARG_TYPE', name, 'AbortSignal', signal);
  }
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxListenersWarned] = false;
  self[kHandlers] = new Map();
}

function emitUncaughtException(err) {
  process.nextTick(() => { throw err; });
}

function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') {
    then.call(promise, undefined, (err) => emitUncaughtException(err));
  }
}

class EventTarget {
  // Marks EventTarget classes across realms, as node does.
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type) {
    const max = this[kMaxListeners];
    if (max > 0 && size > max && !this[kMaxListenersWarned]) {
      this[kMaxListenersWarned] = true;
      // eslint-disable-next-line no-restricted-syntax
      const w = new Error('Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener]() {}

  addEventListener(type, listener, options = {}) {
    checkEventTarget(this);
    if (arguments.length < 2) throw nodeError('ERR_MISSING_ARGS', 'type', 'listener');
    // The options are read before the listener is checked, as the spec's
    // getters must run.
    const { once, capture, passive, signal, resistStopPropagation } = listenerOptions(options);
    validateAbortSignal(signal, 'options.signal');
    if (!validateListener(listener)) {
      // The DOM silently allows passing undefined as a second argument.
      // eslint-disable-next-line no-restricted-syntax
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = String(type);
    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { once: true, [kResistStopPropagation]: true });
    }

    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined };
      new Listener(root, listener, once, capture, passive, resistStopPropagation);
      this[kNewListener](root.size, type, listener, once, capture, passive);
      this[kEvents].set(type, root);
      return;
    }
    let handler = root.next;
    let previous = root;
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    if (handler !== undefined) return; // Already there.
    new Listener(previous, listener, once, capture, passive, resistStopPropagation);
    root.size++;
    this[kNewListener](root.size, type, listener, once, capture, passive);
  }

  removeEventListener(type, listener, options = {}) {
    checkEventTarget(this);
    if (arguments.length < 2) throw nodeError('ERR_MISSING_ARGS', 'type', 'listener');
    if (!validateListener(listener)) return;
    type = String(type);
    // As in node, a boolean third argument is not read as capture here.
    const capture = options?.capture === true;
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
    }
  }

  dispatchEvent(event) {
    checkEventTarget(this);
    if (arguments.length < 1) throw nodeError('ERR_MISSING_ARGS', 'event');
    if (!(event instanceof Event)) throw nodeError('ERR_INVALID_ARG_TYPE', 'event', 'Event', event);
    if (event[kIsBeingDispatched]) throw nodeError('ERR_EVENT_RECURSION', event.type);
    dispatch(this, event);
    return event.defaultPrevented !== true;
  }

  [customInspectSymbol](depth, options, inspectFn) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspectWith(inspectFn)({}, nestedOptions(options))}`;
  }
}

enumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: 'EventTarget', writable: false, enumerable: false, configurable: true,
});

function dispatch(target, event) {
  const type = event[kType];
  event[kTarget] = target;
  event[kIsBeingDispatched] = true;
  const root = target[kEvents].get(type);
  if (root === undefined || root.next === undefined) {
    event[kIsBeingDispatched] = false;
    return;
  }
  let handler = root.next;
  while (handler !== undefined) {
    // Remember the next one: this one may remove itself.
    const next = handler.next;
    if (handler.removed ||
        (event[kStop] === true && !handler.passive && !handler.resistStopPropagation)) {
      handler = next;
      continue;
    }
    if (handler.once) {
      handler.remove();
      root.size--;
      target[kRemoveListener](root.size, type, handler.listener, handler.capture);
    }
    try {
      const result = handler.callback.call(target, event);
      // Node 20 ends the dispatching state after the first listener: later
      // ones see eventPhase 0 and currentTarget null, and may dispatch the
      // event again.
      event[kIsBeingDispatched] = false;
      if (result !== undefined && result !== null) addCatch(result);
    } catch (err) {
      emitUncaughtException(err);
    }
    handler = next;
  }
  event[kIsBeingDispatched] = false;
}

// listenersOf serves events.getEventListeners for an EventTarget.
function listenersOf(target, type) {
  const out = [];
  for (let h = target[kEvents]?.get(String(type))?.next; h !== undefined; h = h.next) out.push(h.listener);
  return out;
}

// defineEventHandler defines an on<name> attribute: setting a function adds
// it as a listener (in the place of the first one set), null removes it.
function defineEventHandler(proto, name) {
  const prop = `on${name}`;
  function get() {
    checkEventTarget(this);
    return this[kHandlers].get(name)?.handler ?? null;
  }
  function set(value) {
    checkEventTarget(this);
    let wrapped = this[kHandlers].get(name);
    if (wrapped) {
      const root = this[kEvents].get(name);
      if (typeof wrapped.handler === 'function' && root) {
        root.size--;
        this[kRemoveListener](root.size, name, wrapped.handler, false);
      }
      wrapped.handler = value;
      if (typeof value === 'function' && root) {
        root.size++;
        this[kNewListener](root.size, name, value, false, false, false);
      }
    } else {
      wrapped = function eventHandler(...args) {
        if (typeof wrapped.handler !== 'function') return undefined;
        return Reflect.apply(wrapped.handler, this, args);
      };
      wrapped.handler = value;
      this.addEventListener(name, wrapped);
    }
    this[kHandlers].set(name, wrapped);
  }
  Object.defineProperty(get, 'name', { __proto__: null, value: `get ${prop}` });
  Object.defineProperty(set, 'name', { __proto__: null, value: `set ${prop}` });
  Object.defineProperty(proto, prop, { __proto__: null, get, set, enumerable: true, configurable: true });
}

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kDontThrow = Symbol('kDontThrow');

function checkSignal(value) {
  if (value?.[kAborted] === undefined) throw nodeError('ERR_INVALID_THIS', 'AbortSignal');
}

class AbortSignal extends EventTarget {
  constructor(dontThrow = undefined, init = undefined) {
    if (dontThrow !== kDontThrow) throw nodeError('ERR_ILLEGAL_CONSTRUCTOR');
    super();
    this[kAborted] = init?.aborted ?? false;
    this[kReason] = init?.reason;
    this[kComposite] = init?.composite ?? false;
  }

  get aborted() {
    checkSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    checkSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [customInspectSymbol](depth, options, inspectFn) {
    // Beyond the depth limit the inspector shows [AbortSignal].
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspectWith(inspectFn)({ aborted: this.aborted }, nestedOptions(options))}`;
  }

  static abort(reason = new (DOMException())('This operation was aborted', 'AbortError')) {
    return new AbortSignal(kDontThrow, { aborted: true, reason });
  }

  static timeout(delay) {
    if (typeof delay !== 'number') throw nodeError('ERR_INVALID_ARG_TYPE', 'delay', 'number', delay);
    if (!Number.isInteger(delay)) throw nodeError('ERR_OUT_OF_RANGE', 'delay', 'an integer', delay);
    if (delay < 0 || delay > 4294967295) {
      throw nodeError('ERR_OUT_OF_RANGE', 'delay', '>= 0 && <= 4294967295', delay);
    }
    const signal = new AbortSignal(kDontThrow);
    // The timer does not keep the process alive.
    setTimeout(() => {
      abortSignal(signal, new (DOMException())('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay).unref();
    return signal;
  }

  static any(signals) {
    if (signals === null || typeof signals !== 'object' || typeof signals[Symbol.iterator] !== 'function') {
      throw nodeError('ERR_INVALID_ARG_TYPE', 'signals', 'Array', signals);
    }
    const list = [];
    for (const signal of signals) {
      if (signal?.[kAborted] === undefined) {
        throw nodeError('ERR_INVALID_ARG_TYPE', `signals[${list.length}]`, 'AbortSignal', signal);
      }
      list.push(signal);
    }
    const result = new AbortSignal(kDontThrow, { composite: true });
    if (list.length === 0) return result;
    result[kSourceSignals] = new Set();
    for (const signal of list) {
      if (signal[kAborted]) {
        abortSignal(result, signal[kReason]);
        return result;
      }
      if (!signal[kComposite]) {
        result[kSourceSignals].add(signal);
        (signal[kDependantSignals] ??= new Set()).add(result);
      } else if (signal[kSourceSignals]) {
        // A composite signal follows its sources: so does the new one.
        for (const source of signal[kSourceSignals]) {
          if (result[kSourceSignals].has(source)) continue;
          result[kSourceSignals].add(source);
          source[kDependantSignals].add(result);
        }
      }
    }
    return result;
  }
}

Object.defineProperty(AbortSignal.prototype, 'aborted', { __proto__: null, enumerable: true });
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});
defineEventHandler(AbortSignal.prototype, 'abort');

// abortSignal aborts signal, dispatches its abort event, then aborts the
// signals following it (AbortSignal.any), in node 20's order: a source's
// listeners see its dependants not yet aborted.
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
  const dependants = signal[kDependantSignals];
  if (dependants) {
    signal[kDependantSignals] = undefined;
    for (const dependant of dependants) abortSignal(dependant, reason);
  }
}

class AbortController {
  #signal;

  get signal() {
    this.#signal ??= new AbortSignal(kDontThrow);
    return this.#signal;
  }

  abort(reason = new (DOMException())('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal ??= new AbortSignal(kDontThrow), reason);
  }

  [customInspectSymbol](depth, options, inspectFn) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspectWith(inspectFn)({ signal: this.signal }, nestedOptions(options))}`;
  }
}

enumerable(AbortController.prototype, ['signal', 'abort']);
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  AbortController,
  AbortSignal,
  listenersOf,
  kEvents,
};
