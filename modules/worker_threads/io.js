'use strict';
// MessagePort, MessageChannel, BroadcastChannel and receiveMessageOnPort
// over the Go binding internal/worker_threads, and the serialization an
// uncaught exception crosses threads with (as node's error_serdes). A
// port's messages are cloned by the binding (V8's format) and delivered by
// its dispatch callback, one macrotask each.

const binding = require('internal/worker_threads');
const EventEmitter = require('events');
const { codes, makeNodeError } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS } = codes;

const kHandle = Symbol('kHandle');
const kOnMessage = Symbol('kOnMessage');
const kRefCount = Symbol('kRefCount');
const kToken = Symbol('kToken');
const kListeners = Symbol('kListeners');

const ERR_INVALID_THIS = makeNodeError(TypeError, 'ERR_INVALID_THIS', (type) => `Value of "this" must be of type ${type}`);
const ERR_CONSTRUCT_CALL_INVALID = makeNodeError(TypeError, 'ERR_CONSTRUCT_CALL_INVALID', () => 'Constructor cannot be called');

// ---- MessageEvent ----

let MessageEventClass;
function messageEventClass() {
  if (MessageEventClass) return MessageEventClass;
  const { Event } = require('internal/event_target');
  MessageEventClass = class MessageEvent extends Event {
    #data; #origin; #lastEventId; #source; #ports;
    constructor(type, init = {}) {
      super(type, init);
      this.#data = init?.data === undefined ? null : init.data;
      this.#origin = `${init?.origin ?? ''}`;
      this.#lastEventId = `${init?.lastEventId ?? ''}`;
      this.#source = init?.source ?? null;
      this.#ports = init?.ports ? [...init.ports] : [];
    }
    get data() { return this.#data; }
    get origin() { return this.#origin; }
    get lastEventId() { return this.#lastEventId; }
    get source() { return this.#source; }
    get ports() { return this.#ports; }
  };
  return MessageEventClass;
}

// ---- cloning helpers ----

// transferListOf accepts postMessage's second argument: an array or
// { transfer: array }. Only ArrayBuffers may be in it (they are copied and
// then detached, as if moved); MessagePorts cannot be transferred here.
function transferListOf(options) {
  if (options === undefined || options === null) return undefined;
  let list = options;
  if (!Array.isArray(options)) {
    if (typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('transferList', 'Array', options);
    }
    list = options.transfer;
    if (list === undefined) return undefined;
  }
  if (list === null || typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
    throw new TypeError('Optional transferList argument must be an iterable');
  }
  const out = [];
  for (const item of list) {
    if (item instanceof MessagePort) {
      const err = new Error('gonode does not support transferring a MessagePort');
      err.code = 'ERR_GONODE_UNSUPPORTED';
      throw err;
    }
    if (!(item instanceof ArrayBuffer)) {
      throw new DOMException('Found invalid value in transferList.', 'DataCloneError');
    }
    if (out.includes(item)) {
      throw new DOMException('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
    }
    out.push(item);
  }
  return out;
}

// cloneCall runs a binding call that serializes, turning V8's clone errors
// into the DataCloneError DOMException node throws.
function cloneCall(fn) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof Error && typeof e.message === 'string' && e.message.endsWith('could not be cloned.')) {
      throw new DOMException(e.message, 'DataCloneError');
    }
    throw e;
  }
}

// ---- MessagePort ----

// A MessagePort is an EventEmitter (on/once/off/emit) that also takes
// addEventListener and onmessage, as node's NodeEventTarget-based one.
function MessagePort(token, handle) {
  if (token !== kToken) throw new ERR_CONSTRUCT_CALL_INVALID();
  EventEmitter.call(this);
  this[kHandle] = handle;
  this[kRefCount] = 0;
  this[kOnMessage] = null;
  this[kListeners] = new Map();
  const port = this;
  binding.portBind(handle, port, function dispatch(kind, value) {
    if (kind === 0) port.emit('message', value);
    else if (kind === 1) port.emit('messageerror', value);
    else {
      if (typeof port.onclose === 'function') port.onclose();
      port.emit('close');
    }
  });
  // Ref'd and started while it has 'message' listeners, as node's
  // setupPortReferencing.
  this.on('newListener', (name) => {
    if (name === 'message' && this.listenerCount('message') === 0) {
      binding.portRef(this[kHandle]);
      binding.portStart(this[kHandle]);
    }
  });
  this.on('removeListener', (name) => {
    if (name === 'message' && this.listenerCount('message') === 0) {
      binding.portUnref(this[kHandle]);
      binding.portStop(this[kHandle]);
    }
  });
}
Object.setPrototypeOf(MessagePort.prototype, EventEmitter.prototype);
Object.setPrototypeOf(MessagePort, EventEmitter);

function checkPort(port, name) {
  if (!(port instanceof MessagePort) || port[kHandle] === undefined) {
    throw new ERR_INVALID_THIS('MessagePort');
  }
}

MessagePort.prototype.postMessage = function postMessage(value, transferList) {
  checkPort(this);
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('value');
  const transfer = transferListOf(transferList);
  cloneCall(() => binding.portPost(this[kHandle], value, transfer));
};

MessagePort.prototype.start = function start() {
  checkPort(this);
  binding.portStart(this[kHandle]);
};

MessagePort.prototype.close = function close(cb) {
  checkPort(this);
  if (typeof cb === 'function') this.once('close', cb);
  binding.portClose(this[kHandle]);
};

MessagePort.prototype.ref = function ref() {
  checkPort(this);
  binding.portRef(this[kHandle]);
  return this;
};

MessagePort.prototype.unref = function unref() {
  checkPort(this);
  binding.portUnref(this[kHandle]);
  return this;
};

MessagePort.prototype.hasRef = function hasRef() {
  checkPort(this);
  return binding.portHasRef(this[kHandle]);
};

// addEventListener/removeEventListener: listeners get a MessageEvent.
function addEventListener(type, listener, options) {
  if (typeof listener !== 'function' && !(listener && typeof listener.handleEvent === 'function')) return;
  const byType = this[kListeners].get(type) || new Map();
  this[kListeners].set(type, byType);
  if (byType.has(listener)) return;
  const once = !!(options && typeof options === 'object' && options.once);
  const self = this;
  const wrapped = function (value) {
    if (once) self.removeEventListener(type, listener);
    const event = type === 'close' ?
      new (require('internal/event_target').Event)('close') :
      new (messageEventClass())(type, { data: value });
    if (typeof listener === 'function') listener.call(self, event);
    else listener.handleEvent(event);
  };
  byType.set(listener, wrapped);
  this.on(type, wrapped);
}

function removeEventListener(type, listener) {
  const byType = this[kListeners].get(type);
  const wrapped = byType && byType.get(listener);
  if (!wrapped) return;
  byType.delete(listener);
  this.removeListener(type, wrapped);
}

MessagePort.prototype.addEventListener = addEventListener;
MessagePort.prototype.removeEventListener = removeEventListener;

function defineOnHandler(proto, type) {
  const key = Symbol(`on${type}`);
  Object.defineProperty(proto, `on${type}`, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return this[key] ? this[key].listener : null; },
    set(value) {
      if (this[key]) {
        this.removeEventListener(type, this[key].listener);
        this[key] = null;
      }
      if (typeof value === 'function') {
        this[key] = { listener: value };
        this.addEventListener(type, value);
      }
    },
  });
}
defineOnHandler(MessagePort.prototype, 'message');
defineOnHandler(MessagePort.prototype, 'messageerror');

Object.defineProperty(MessagePort.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'MessagePort', configurable: true,
});

// stopPort stops delivery (node's internal MessagePort.prototype.stop).
function stopPort(port) {
  binding.portStop(port[kHandle]);
}

function newPort(handle) {
  return new MessagePort(kToken, handle);
}

// ---- MessageChannel ----

class MessageChannel {
  #port1; #port2;
  constructor() {
    const [a, b] = binding.newChannel();
    this.#port1 = newPort(a);
    this.#port2 = newPort(b);
  }
  get port1() { return this.#port1; }
  get port2() { return this.#port2; }
}

// receiveMessageOnPort(port) takes the next queued message at once:
// { message } or undefined.
function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort) || port[kHandle] === undefined) {
    throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  }
  const res = binding.portReceive(port[kHandle]);
  if (res === undefined) return undefined;
  return { message: res[0] };
}

// ---- BroadcastChannel ----

const kName = Symbol('kName');

class BroadcastChannel extends EventEmitter {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kName] = `${name}`;
    this[kListeners] = new Map();
    const handle = binding.broadcastJoin(this[kName]);
    this[kHandle] = handle;
    const self = this;
    // (node lists a BroadcastChannel's MessagePort handle, not the channel)
    binding.portBind(handle, undefined, function dispatch(kind, value) {
      if (kind === 0) self.emit('message', value);
      else if (kind === 1) self.emit('messageerror', value);
    });
    this.on('newListener', (type) => {
      if (type === 'message' && this.listenerCount('message') === 0 && this[kHandle]) {
        binding.portRef(this[kHandle]);
        binding.portStart(this[kHandle]);
      }
    });
    this.on('removeListener', (type) => {
      if (type === 'message' && this.listenerCount('message') === 0 && this[kHandle]) {
        binding.portUnref(this[kHandle]);
        binding.portStop(this[kHandle]);
      }
    });
  }
  get name() { return this[kName]; }
  postMessage(message) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (!this[kHandle]) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    cloneCall(() => binding.broadcastPost(this[kHandle], this[kName], message));
  }
  close() {
    if (!this[kHandle]) return;
    binding.broadcastLeave(this[kHandle], this[kName]);
    this[kHandle] = undefined;
  }
  ref() { if (this[kHandle]) binding.portRef(this[kHandle]); return this; }
  unref() { if (this[kHandle]) binding.portUnref(this[kHandle]); return this; }
}
BroadcastChannel.prototype.addEventListener = addEventListener;
BroadcastChannel.prototype.removeEventListener = removeEventListener;
defineOnHandler(BroadcastChannel.prototype, 'message');
defineOnHandler(BroadcastChannel.prototype, 'messageerror');

// ---- errors across threads (node's error_serdes) ----

const kSerializedError = 0;
const kSerializedObject = 1;
const kInspectedError = 2;
const kInspectedSymbol = 3;
const kCustomInspectedObject = 4;

const errorClasses = {
  Error, TypeError, RangeError, URIError, SyntaxError, ReferenceError, EvalError,
};

// allProperties collects the data properties of obj and its prototypes
// (getters read on target), nearest last, leaving out functions and symbols.
function allProperties(obj, target) {
  const all = { __proto__: null };
  if (obj === null) return all;
  Object.assign(all, allProperties(Object.getPrototypeOf(obj), target));
  for (const key of Object.getOwnPropertyNames(obj)) {
    let desc;
    try {
      desc = Object.getOwnPropertyDescriptor(obj, key);
    } catch {
      continue;
    }
    if (desc.get && key !== '__proto__') {
      try {
        desc.value = desc.get.call(target);
        delete desc.get;
        delete desc.set;
      } catch {
        // keep going
      }
    }
    if (key === 'cause') {
      desc.value = errorEnvelope(desc.value);
      all[key] = desc;
    } else if ('value' in desc && typeof desc.value !== 'function' && typeof desc.value !== 'symbol') {
      all[key] = desc;
    }
  }
  return all;
}

function errorClassName(error) {
  for (let o = error; o !== null; o = Object.getPrototypeOf(o)) {
    const desc = Object.getOwnPropertyDescriptor(o, 'constructor');
    const ctor = desc && desc.value;
    if (ctor) {
      const nameDesc = Object.getOwnPropertyDescriptor(ctor, 'name');
      const name = nameDesc && nameDesc.value;
      if (Object.prototype.hasOwnProperty.call(errorClasses, name)) return name;
    }
  }
  return undefined;
}

function inspect(v) {
  return require('util').inspect(v);
}

// errorEnvelope is what crosses threads for a thrown value: a cloneable
// description the parent rebuilds the value from (reviveError).
function errorEnvelope(error) {
  if (typeof error === 'symbol') return { type: kInspectedSymbol, text: inspect(error) };
  try {
    if (typeof error === 'object' && error !== null &&
        Object.prototype.toString.call(error) === '[object Error]') {
      const name = errorClassName(error);
      if (name !== undefined) {
        const env = { type: kSerializedError, constructor: name, properties: allProperties(error, error) };
        binding.serialize(env); // cloneable?
        return env;
      }
    }
  } catch {
    // fall through
  }
  try {
    if (error != null && require('util').inspect.custom in error) {
      return { type: kCustomInspectedObject, text: inspect(error) };
    }
  } catch {
    // fall through
  }
  try {
    binding.serialize(error);
    return { type: kSerializedObject, value: error };
  } catch {
    // fall through
  }
  return { type: kInspectedError, text: inspect(error) };
}

// serializeError(error) is the bytes of error's envelope (an ArrayBuffer).
function serializeError(error) {
  return binding.serialize(errorEnvelope(error));
}

function reviveError(env) {
  switch (env.type) {
    case kSerializedError: {
      const props = env.properties;
      Object.defineProperty(props, Symbol.toStringTag, {
        __proto__: null,
        value: { __proto__: null, value: 'Error', configurable: true },
        enumerable: true,
      });
      if ('cause' in props && 'value' in props.cause) {
        props.cause.value = reviveError(props.cause.value);
      }
      return Object.create(errorClasses[env.constructor].prototype, props);
    }
    case kSerializedObject:
      return env.value;
    case kInspectedError:
      return env.text;
    case kInspectedSymbol:
      return Symbol.for(env.text.slice('Symbol('.length, -1));
    case kCustomInspectedObject: {
      const text = env.text;
      return { __proto__: null, [require('util').inspect.custom]: () => text };
    }
  }
  return env;
}

module.exports = {
  MessagePort,
  MessageChannel,
  BroadcastChannel,
  receiveMessageOnPort,
  newPort,
  stopPort,
  transferListOf,
  cloneCall,
  serializeError,
  reviveError,
  messageEventClass,
};
