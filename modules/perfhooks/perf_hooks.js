'use strict';
// node's 'perf_hooks' module and the performance global, over the Go binding
// internal/perf (the monotonic clock, the runtime's milestones and the event
// loop's idle time). The behaviour follows node v20's lib/internal/perf and
// lib/internal/histogram.js: user timing with node's argument forms and
// errors, observers fed from setImmediate, entries printed by util.inspect
// as `PerformanceMark { name, entryType, startTime, duration, detail }`.

const binding = require('internal/perf');
const { EventTarget } = require('internal/event_target');
const { codes, makeNodeError } = require('internal/errors');
const { validateNumber, validateInteger, validateFunction } = require('internal/validators');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE,
} = codes;

const ERR_ILLEGAL_CONSTRUCTOR = makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', () => 'Illegal constructor');
const ERR_PERFORMANCE_INVALID_TIMESTAMP = makeNodeError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
  (t) => `${t} is not a valid timestamp`);
const ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS = makeNodeError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
  (msg) => msg);

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kSkipThrow = Symbol('kSkipThrow');

let utilInspect;
function inspect(value, opts) {
  utilInspect ??= require('util').inspect;
  return utilInspect(value, opts);
}

// childOptions are inspect options one level deeper, as node's classes
// pass them on.
function childOptions(options) {
  return { ...options, depth: options.depth == null ? null : options.depth - 1 };
}

function domException(message, name) {
  const { DOMException } = require('internal/domexception');
  return new DOMException(message, name);
}

// ---- argument checks, as node's internal/validators ----

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'object', value);
  }
}

// validateInternalField checks that this carries one of the module's private
// fields, as node's brand checks do.
function validateInternalField(object, key, className) {
  if (object === null || typeof object !== 'object' || !(key in object)) {
    throw new ERR_INVALID_ARG_TYPE('this', className, object);
  }
}

const now = () => binding.now();

function defineEnumerable(proto, names) {
  for (const name of names) {
    Object.defineProperty(proto, name, { __proto__: null, enumerable: true });
  }
}

function toStringTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, {
    __proto__: null, value: tag, writable: false, enumerable: false, configurable: true,
  });
}

// ---- entries ----

const kName = Symbol('kName');
const kType = Symbol('kType');
const kStart = Symbol('kStart');
const kDuration = Symbol('kDuration');
const kDetail = Symbol('kDetail');

function isPerformanceEntry(obj) {
  return obj?.[kName] !== undefined;
}

class PerformanceEntry {
  constructor(skipThrow = undefined, name = undefined, type = undefined, start = undefined, duration = undefined) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kName] = name;
    this[kType] = type;
    this[kStart] = start;
    this[kDuration] = duration;
  }

  get name() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return this[kName];
  }

  get entryType() {
    validateInternalField(this, kType, 'PerformanceEntry');
    return this[kType];
  }

  get startTime() {
    validateInternalField(this, kStart, 'PerformanceEntry');
    return this[kStart];
  }

  get duration() {
    validateInternalField(this, kDuration, 'PerformanceEntry');
    return this[kDuration];
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect(this.toJSON(), childOptions(options))}`;
  }

  toJSON() {
    return {
      name: this[kName],
      entryType: this[kType],
      startTime: this[kStart],
      duration: this[kDuration],
    };
  }
}
defineEnumerable(PerformanceEntry.prototype, ['name', 'entryType', 'startTime', 'duration', 'toJSON']);

// PerformanceNodeEntry is the class of node's own entries ('function' from
// timerify), whose detail is set by the runtime.
class PerformanceNodeEntry extends PerformanceEntry {
  get detail() {
    validateInternalField(this, kDetail, 'PerformanceNodeEntry');
    return this[kDetail];
  }

  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}
defineEnumerable(PerformanceNodeEntry.prototype, ['detail']);

function createNodeEntry(name, type, start, duration, detail) {
  const entry = new PerformanceNodeEntry(kSkipThrow, name, type, start, duration);
  entry[kDetail] = detail;
  return entry;
}

// ---- user timing ----

const markTimings = new Map();
const markEntryBuffer = [];
const measureEntryBuffer = [];

// The nodeTiming milestones a measure may name as marks.
const milestoneNames = new Set(['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']);

function cloneDetail(detail) {
  return detail != null ? structuredClone(detail) : null;
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (milestoneNames.has(name)) throw new ERR_INVALID_ARG_VALUE('name', name);
    if (options != null) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    markTimings.set(name, startTime);
    const detail = cloneDetail(options?.detail);
    super(kSkipThrow, name, 'mark', startTime, 0);
    this[kDetail] = detail;
  }

  get detail() {
    validateInternalField(this, kDetail, 'PerformanceMark');
    return this[kDetail];
  }

  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}
defineEnumerable(PerformanceMark.prototype, ['detail']);
toStringTag(PerformanceMark.prototype, 'PerformanceMark');

class PerformanceMeasure extends PerformanceEntry {
  constructor(skipThrow = undefined, name = undefined, type = undefined, start = undefined, duration = undefined) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(skipThrow, name, type, start, duration);
  }

  get detail() {
    validateInternalField(this, kDetail, 'PerformanceMeasure');
    return this[kDetail];
  }

  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}
defineEnumerable(PerformanceMeasure.prototype, ['detail']);
toStringTag(PerformanceMeasure.prototype, 'PerformanceMeasure');

class PerformanceResourceTiming extends PerformanceEntry {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(skipThrow);
  }
}
toStringTag(PerformanceResourceTiming.prototype, 'PerformanceResourceTiming');

// getMark resolves a measure's start or end: a timestamp, a milestone name
// or the name of a mark.
function getMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  if (milestoneNames.has(name)) return nodeTiming[name];
  const ts = markTimings.get(name);
  if (ts === undefined) throw domException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  return ts;
}

function startAndDuration(startOrOptions, endMark) {
  startOrOptions ??= 0;
  let start;
  let end;
  let duration;
  let options = false;
  if (typeof startOrOptions === 'object') {
    ({ start, end, duration } = startOrOptions);
    options = start !== undefined || end !== undefined;
  }
  if (options) {
    if (endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }
  if (endMark !== undefined) {
    end = getMark(endMark);
  } else if (options && end !== undefined) {
    end = getMark(end);
  } else if (options && start !== undefined && duration !== undefined) {
    end = getMark(start) + getMark(duration);
  } else {
    end = now();
  }
  if (typeof startOrOptions === 'string') {
    start = getMark(startOrOptions);
  } else if (options && start !== undefined) {
    start = getMark(start);
  } else if (options && duration !== undefined && end !== undefined) {
    start = end - getMark(duration);
  } else {
    start = 0;
  }
  return { start, duration: end - start };
}

function mark(name, options) {
  const entry = new PerformanceMark(...arguments);
  enqueue(entry);
  markEntryBuffer.push(entry);
  return entry;
}

function measure(name, startOrOptions, endMark) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  const { start, duration } = startAndDuration(startOrOptions, endMark);
  const detail = cloneDetail(startOrOptions?.detail);
  const entry = new PerformanceMeasure(kSkipThrow, name, 'measure', start, duration);
  entry[kDetail] = detail;
  enqueue(entry);
  measureEntryBuffer.push(entry);
  return entry;
}

function byStartTime(a, b) {
  return a.startTime - b.startTime;
}

// bufferedEntries lists the buffered entries of a type (all types when type
// is undefined) with a name (any when undefined), by start time.
function bufferedEntries(name, type) {
  let entries;
  if (type === 'mark') entries = markEntryBuffer.slice();
  else if (type === 'measure') entries = measureEntryBuffer.slice();
  else if (type === undefined) entries = markEntryBuffer.concat(measureEntryBuffer);
  else entries = [];
  if (name !== undefined) entries = entries.filter((e) => e.name === name);
  return entries.sort(byStartTime);
}

function clearBuffer(buffer, name) {
  if (name === undefined) {
    buffer.length = 0;
    return;
  }
  let n = 0;
  for (const entry of buffer) {
    if (entry.name !== name) buffer[n++] = entry;
  }
  buffer.length = n;
}

// ---- observers ----

const kSupportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);
const kBuffer = Symbol('kBuffer');
const kCallback = Symbol('kCallback');
const kEntryTypes = Symbol('kEntryTypes');
const kObserveType = Symbol('kObserveType');
const kTypeSingle = 0;
const kTypeMultiple = 1;

const observers = new Set();
const pendingObservers = new Set();
let dispatchQueued = false;

// Observers are called from one immediate for all the entries queued since.
function queueDispatch() {
  if (dispatchQueued) return;
  dispatchQueued = true;
  setImmediate(() => {
    dispatchQueued = false;
    const pending = Array.from(pendingObservers);
    pendingObservers.clear();
    for (const observer of pending) {
      observer[kCallback](new PerformanceObserverEntryList(kSkipThrow, observer.takeRecords()), observer);
    }
  });
}

// The binding counts the observers of each entry type, so that producers
// of costly entries (internal/perf/observe's hasObserver) can skip them
// when nobody listens.
function countTypes(types, delta) {
  for (const type of types) binding.countType(type, delta);
}

const kEntryListBrand = Symbol('kEntryListBrand');

class PerformanceObserverEntryList {
  constructor(skipThrow = undefined, entries = []) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kEntryListBrand] = true;
    this[kBuffer] = entries.sort(byStartTime);
  }

  getEntries() {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    return this[kBuffer].slice();
  }

  getEntriesByType(type) {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this[kBuffer].filter((e) => e.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type !== undefined) {
      type = `${type}`;
      return this[kBuffer].filter((e) => e.name === name && e.entryType === type);
    }
    return this[kBuffer].filter((e) => e.name === name);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `PerformanceObserverEntryList ${inspect(this[kBuffer], childOptions(options))}`;
  }
}
defineEnumerable(PerformanceObserverEntryList.prototype, ['getEntries', 'getEntriesByType', 'getEntriesByName']);
toStringTag(PerformanceObserverEntryList.prototype, 'PerformanceObserverEntryList');

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    this[kBuffer] = [];
    this[kEntryTypes] = new Set();
    this[kObserveType] = undefined;
    this[kCallback] = callback;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
        'options.entryTypes can not set with options.type together');
    }
    switch (this[kObserveType]) {
      case undefined:
        if (entryTypes !== undefined) this[kObserveType] = kTypeMultiple;
        if (type !== undefined) this[kObserveType] = kTypeSingle;
        break;
      case kTypeSingle:
        if (entryTypes !== undefined) {
          throw domException('PerformanceObserver can not change to multiple observations', 'InvalidModificationError');
        }
        break;
      case kTypeMultiple:
        if (type !== undefined) {
          throw domException('PerformanceObserver can not change to single observation', 'InvalidModificationError');
        }
        break;
    }
    if (this[kObserveType] === kTypeMultiple) {
      if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      countTypes(this[kEntryTypes], -1);
      this[kEntryTypes].clear();
      for (const t of entryTypes) {
        if (kSupportedEntryTypes.includes(t)) this[kEntryTypes].add(t);
      }
      countTypes(this[kEntryTypes], 1);
    } else {
      if (!kSupportedEntryTypes.includes(type)) return;
      if (!this[kEntryTypes].has(type)) {
        this[kEntryTypes].add(type);
        countTypes([type], 1);
      }
      if (buffered) {
        const entries = bufferedEntries(undefined, type);
        this[kBuffer].push(...entries);
        pendingObservers.add(this);
        queueDispatch();
      }
    }
    if (this[kEntryTypes].size) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    countTypes(this[kEntryTypes], -1);
    observers.delete(this);
    pendingObservers.delete(this);
    this[kBuffer] = [];
    this[kEntryTypes].clear();
    this[kObserveType] = undefined;
  }

  takeRecords() {
    const list = this[kBuffer];
    this[kBuffer] = [];
    return list;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: pendingObservers.has(this),
      entryTypes: Array.from(this[kEntryTypes]),
      buffer: this[kBuffer],
    }, childOptions(options))}`;
  }
}
defineEnumerable(PerformanceObserver.prototype, ['observe', 'disconnect', 'takeRecords']);
toStringTag(PerformanceObserver.prototype, 'PerformanceObserver');

// enqueue hands an entry to the observers of its type.
function enqueue(entry) {
  if (!isPerformanceEntry(entry)) throw new ERR_INVALID_ARG_TYPE('entry', 'PerformanceEntry', entry);
  for (const observer of observers) {
    if (!observer[kEntryTypes].has(entry.entryType)) continue;
    observer[kBuffer].push(entry);
    pendingObservers.add(observer);
    queueDispatch();
  }
}

// ---- nodeTiming ----

const milestones = binding.milestones;

class PerformanceNodeTiming {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    const value = (v) => ({ __proto__: null, enumerable: true, configurable: true, value: v });
    const getter = (get) => ({ __proto__: null, enumerable: true, configurable: true, get });
    const milestone = (name) => getter(() => binding.milestone(milestones[name]));
    Object.defineProperties(this, {
      name: value('node'),
      entryType: value('node'),
      startTime: value(0),
      duration: getter(now),
      nodeStart: milestone('nodeStart'),
      v8Start: milestone('v8Start'),
      environment: milestone('environment'),
      loopStart: milestone('loopStart'),
      loopExit: milestone('loopExit'),
      bootstrapComplete: milestone('bootstrapComplete'),
      idleTime: getter(() => binding.idleTime()),
      // The loop counts its iterations; it does not count events.
      uvMetricsInfo: getter(() => ({ loopCount: binding.loopCount(), events: 0, eventsWaiting: 0 })),
    });
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `PerformanceNodeTiming ${inspect(this.toJSON(), childOptions(options))}`;
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}
Object.setPrototypeOf(PerformanceNodeTiming.prototype, PerformanceEntry.prototype);

const nodeTiming = new PerformanceNodeTiming(kSkipThrow);

// ---- eventLoopUtilization ----

function eventLoopUtilization(util1, util2) {
  const loopStart = binding.milestone(milestones.loopStart);
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idleTime = binding.idleTime();
  const active = binding.now() - loopStart - idleTime;
  if (!util1) return { idle: idleTime, active, utilization: active / (idleTime + active) };
  const idleDelta = idleTime - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

// ---- timerify ----

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && (!isHistogram(histogram) || typeof histogram.record !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  function complete(start, args) {
    const duration = now() - start;
    if (histogram !== undefined) histogram.record(Math.ceil(duration * 1e6));
    const entry = createNodeEntry(fn.name, 'function', start, duration, args);
    for (let n = 0; n < args.length; n++) entry[n] = args[n];
    enqueue(entry);
  }
  function timerified(...args) {
    const start = now();
    const constructing = new.target !== undefined;
    const result = constructing ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!constructing && typeof result?.finally === 'function') {
      return result.finally(() => complete(start, args));
    }
    complete(start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { __proto__: null, configurable: false, enumerable: true, value: fn.length },
    name: { __proto__: null, configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

// ---- Performance ----

const kPerformanceBrand = Symbol('kPerformanceBrand');

function checkPerformance(self) {
  validateInternalField(self, kPerformanceBrand, 'Performance');
}

class Performance extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `Performance ${inspect({ nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin }, childOptions(options))}`;
  }
}

let resourceTimingBufferSize = 250;
let onResourceTimingBufferFull = null;

const performanceMethods = {
  clearMarks(name = undefined) {
    checkPerformance(this);
    if (name !== undefined) {
      name = `${name}`;
      if (milestoneNames.has(name)) throw new ERR_INVALID_ARG_VALUE('name', name);
      markTimings.delete(name);
    } else {
      markTimings.clear();
    }
    clearBuffer(markEntryBuffer, name);
  },
  clearMeasures(name = undefined) {
    checkPerformance(this);
    clearBuffer(measureEntryBuffer, name === undefined ? undefined : `${name}`);
  },
  clearResourceTimings(name = undefined) {
    checkPerformance(this);
  },
  getEntries() {
    checkPerformance(this);
    return bufferedEntries();
  },
  getEntriesByName(name) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return bufferedEntries(`${name}`, undefined);
  },
  getEntriesByType(type) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return bufferedEntries(undefined, `${type}`);
  },
  mark(name) {
    checkPerformance(this);
    return mark(...arguments);
  },
  measure(name) {
    checkPerformance(this);
    return measure(...arguments);
  },
  now() {
    checkPerformance(this);
    return binding.now();
  },
  setResourceTimingBufferSize(maxSize) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    validateInteger(maxSize, 'maxSize', 0);
    resourceTimingBufferSize = maxSize;
  },
  get timeOrigin() {
    checkPerformance(this);
    return binding.timeOrigin;
  },
  toJSON() {
    checkPerformance(this);
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  },
};

for (const name of Object.keys(performanceMethods)) {
  const desc = Object.getOwnPropertyDescriptor(performanceMethods, name);
  Object.defineProperty(Performance.prototype, name, { __proto__: null, ...desc, enumerable: true });
}
for (const [name, value] of [['eventLoopUtilization', eventLoopUtilization], ['nodeTiming', nodeTiming], ['timerify', timerify]]) {
  Object.defineProperty(Performance.prototype, name, {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}
Object.defineProperty(Performance.prototype, 'onresourcetimingbufferfull', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    checkPerformance(this);
    return onResourceTimingBufferFull;
  },
  set(value) {
    checkPerformance(this);
    onResourceTimingBufferFull = typeof value === 'function' || (typeof value === 'object' && value !== null) ? value : null;
  },
});
toStringTag(Performance.prototype, 'Performance');

// The one Performance object is an EventTarget made by a class whose
// constructor does not throw, then given Performance.prototype.
class InternalPerformance extends EventTarget {}
const performance = new InternalPerformance();
Object.setPrototypeOf(performance, Performance.prototype);
Object.defineProperty(performance, kPerformanceBrand, { __proto__: null, value: true, enumerable: false });

// ---- histograms (HdrHistogram's layout: 1 to 5 significant figures) ----

const kHistogram = Symbol('kHistogram');
const kInt64Max = 9223372036854775807n;

function isHistogram(value) {
  return value?.[kHistogram] !== undefined;
}

function bitLength(v) {
  let bits = 0;
  while (v >= 2 ** 32) {
    v = Math.floor(v / 2 ** 32);
    bits += 32;
  }
  return bits + 32 - Math.clz32(v);
}

// HdrState holds the counts of one histogram, by bucket index.
class HdrState {
  constructor(lowest, highest, figures) {
    this.lowest = lowest;
    this.highest = highest;
    this.figures = figures;
    const single = 2 * 10 ** figures;
    const magnitude = Math.ceil(Math.log2(single));
    this.halfMagnitude = Math.max(magnitude, 1) - 1;
    this.subBucketCount = 2 ** (this.halfMagnitude + 1);
    this.halfCount = this.subBucketCount / 2;
    this.unitMagnitude = Math.floor(Math.log2(lowest));
    this.mask = (this.subBucketCount - 1) * 2 ** this.unitMagnitude;
    this.reset();
  }

  reset() {
    this.counts = new Map(); // counts index → count
    this.total = 0;
    this.minValue = Infinity;
    this.maxValue = 0;
    this.count = 0;
    this.exceeds = 0;
    this.prevDelta = 0;
  }

  // bucketIndex is HdrHistogram's get_bucket_index: the bit length of
  // (v | mask) is the larger of the two bit lengths.
  bucketIndex(v) {
    return Math.max(bitLength(v), bitLength(this.mask)) - this.unitMagnitude - (this.halfMagnitude + 1);
  }

  subBucketIndex(v, bucket) {
    return Math.floor(v / 2 ** (bucket + this.unitMagnitude));
  }

  countsIndex(v) {
    const b = this.bucketIndex(v);
    const sb = this.subBucketIndex(v, b);
    return (b + 1) * 2 ** this.halfMagnitude + (sb - this.halfCount);
  }

  valueAtIndex(index) {
    let b = Math.floor(index / 2 ** this.halfMagnitude) - 1;
    let sb = (index % this.halfCount) + this.halfCount;
    if (b < 0) {
      sb -= this.halfCount;
      b = 0;
    }
    return sb * 2 ** (b + this.unitMagnitude);
  }

  lowestEquivalent(v) {
    const b = this.bucketIndex(v);
    return this.subBucketIndex(v, b) * 2 ** (b + this.unitMagnitude);
  }

  rangeSize(v) {
    const b = this.bucketIndex(v);
    const sb = this.subBucketIndex(v, b);
    return 2 ** (this.unitMagnitude + (sb >= this.subBucketCount ? b + 1 : b));
  }

  highestEquivalent(v) {
    return this.lowestEquivalent(v) + this.rangeSize(v) - 1;
  }

  medianEquivalent(v) {
    return this.lowestEquivalent(v) + Math.floor(this.rangeSize(v) / 2);
  }

  record(v, n = 1) {
    if (v < this.lowest || v > this.highest) {
      this.exceeds += n;
      return false;
    }
    const index = this.countsIndex(v);
    this.counts.set(index, (this.counts.get(index) ?? 0) + n);
    this.total += n;
    this.count += n;
    if (v < this.minValue) this.minValue = v;
    if (v > this.maxValue) this.maxValue = v;
    return true;
  }

  // sorted lists [value, count] by value.
  sorted() {
    return Array.from(this.counts.keys()).sort((a, b) => a - b).map((i) => [this.valueAtIndex(i), this.counts.get(i)]);
  }

  min() {
    return this.minValue === Infinity ? kInt64Max : this.lowestEquivalent(this.minValue);
  }

  max() {
    return this.maxValue === 0 ? 0 : this.highestEquivalent(this.maxValue);
  }

  mean() {
    let sum = 0;
    for (const [value, count] of this.sorted()) sum += count * this.medianEquivalent(value);
    return sum / this.total;
  }

  stddev() {
    const mean = this.mean();
    let dev = 0;
    for (const [value, count] of this.sorted()) dev += (this.medianEquivalent(value) - mean) ** 2 * count;
    return Math.sqrt(dev / this.total);
  }

  percentile(p) {
    const requested = Math.min(p, 100);
    const target = Math.max(Math.trunc((requested / 100) * this.total + 0.5), 1);
    let seen = 0;
    for (const [value, count] of this.sorted()) {
      seen += count;
      if (seen >= target) return this.highestEquivalent(value);
    }
    return 0;
  }

  // percentiles walks the histogram as HdrHistogram's percentile iterator
  // (one tick per half distance) does: [percentile, value] pairs, the
  // value being the lowest of its bucket, ending with 100.
  percentiles() {
    const out = [];
    const entries = this.sorted();
    let i = -1;
    let cumulative = 0;
    let value = 0;
    let next = 0;
    const advance = () => {
      if (i + 1 >= entries.length) return false;
      i++;
      value = entries[i][0];
      cumulative += entries[i][1];
      return true;
    };
    while (cumulative < this.total) {
      if (i === -1 && !advance()) break;
      let reported = false;
      do {
        if (next <= (100 * cumulative) / this.total) {
          out.push([next, value]);
          next += 100 / 2 ** (Math.trunc(Math.log(100 / (100 - next)) / Math.log(2)) + 1);
          reported = true;
          break;
        }
      } while (advance());
      if (!reported) break;
    }
    out.push([100, value]);
    return out;
  }
}

class SafeMap extends Map {}

const kMap = Symbol('kMap');

class Histogram {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kMap] = new SafeMap();
  }

  get count() { return this[kHistogram].count; }
  get countBigInt() { return BigInt(this[kHistogram].count); }
  get min() { return Number(this[kHistogram].min()); }
  get minBigInt() { return BigInt(this[kHistogram].min()); }
  get max() { return this[kHistogram].max(); }
  get maxBigInt() { return BigInt(this[kHistogram].max()); }
  get mean() { return this[kHistogram].mean(); }
  get exceeds() { return this[kHistogram].exceeds; }
  get exceedsBigInt() { return BigInt(this[kHistogram].exceeds); }
  get stddev() { return this[kHistogram].stddev(); }

  percentile(percentile) {
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    return this[kHistogram].percentile(percentile);
  }

  percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  }

  // percentiles and percentilesBigInt fill and return the same map, as
  // node's do.
  get percentiles() {
    const map = this[kMap];
    map.clear();
    for (const [p, v] of this[kHistogram].percentiles()) map.set(p, v);
    return map;
  }

  get percentilesBigInt() {
    const map = this[kMap];
    map.clear();
    for (const [p, v] of this[kHistogram].percentiles()) map.set(p, BigInt(v));
    return map;
  }

  reset() {
    this[kHistogram].reset();
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `Histogram ${inspect({
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    }, childOptions(options))}`;
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }
}

class RecordableHistogram extends Histogram {
  record(val) {
    if (typeof val === 'bigint') {
      this[kHistogram].record(Number(val));
      return;
    }
    validateInteger(val, 'val', 1);
    this[kHistogram].record(val);
  }

  recordDelta() {
    const state = this[kHistogram];
    const time = binding.nowNs();
    if (state.prevDelta > 0) state.record(time - state.prevDelta);
    state.prevDelta = time;
  }

  add(other) {
    if (!(other instanceof RecordableHistogram)) throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    const from = other[kHistogram];
    const to = this[kHistogram];
    for (const [value, count] of from.sorted()) to.record(value, count);
    to.count += from.count - from.total;
    to.exceeds += from.exceeds;
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest !== 'bigint') validateInteger(highest, 'options.highest', 2 * Number(lowest), Number.MAX_SAFE_INTEGER);
  validateInteger(figures, 'options.figures', 1, 5);
  const h = new RecordableHistogram(kSkipThrow);
  h[kHistogram] = new HdrState(Number(lowest), Number(highest), figures);
  return h;
}

// An IntervalHistogram samples the event loop's delay: a timer (unref'd)
// records the time between its runs, in nanoseconds.
const kTimer = Symbol('kTimer');
const kResolution = Symbol('kResolution');

class IntervalHistogram extends Histogram {
  enable() {
    if (this[kTimer] !== undefined) return false;
    const state = this[kHistogram];
    state.prevDelta = binding.nowNs();
    this[kTimer] = setInterval(() => {
      const time = binding.nowNs();
      state.record(time - state.prevDelta);
      state.prevDelta = time;
    }, this[kResolution]);
    this[kTimer].unref();
    return true;
  }

  disable() {
    if (this[kTimer] === undefined) return false;
    clearInterval(this[kTimer]);
    this[kTimer] = undefined;
    return true;
  }
}

class ELDHistogram extends IntervalHistogram {}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  const h = new ELDHistogram(kSkipThrow);
  h[kHistogram] = new HdrState(1, Number.MAX_SAFE_INTEGER, 3);
  h[kResolution] = resolution;
  h[kTimer] = undefined;
  return h;
}

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants,
};
// Not enumerable, as in node: for other core modules.
Object.defineProperties(module.exports, {
  enqueue: { __proto__: null, value: enqueue },
  createNodeEntry: { __proto__: null, value: createNodeEntry },
});
