'use strict';
// node:test, the test runner, for a test file run as a program: tests,
// suites, subtests, hooks, skip/todo/only, timeouts, mocks and mock timers,
// with node's reports (internal/test/reporters). Tests run one at a time,
// each after the one before has finished, as node runs them by default.

const { AsyncLocalStorage } = require('async_hooks');
const { failure, reporter, optionValues } = require('internal/test/reporters');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE }, makeNodeError } = require('internal/errors');

const ERR_INVALID_STATE = makeNodeError(Error, 'ERR_INVALID_STATE', (message) => `Invalid state: ${message}`);

// now is the time in ns, for durations in ms as node gives them.
const now = () => process.hrtime.bigint();
const ms = (start) => Number(now() - start) / 1e6;

const testOnly = process.execArgv.includes('--test-only');

// kParentEnded is why node cancels a test whose parent could not wait for it.
const kParentEnded = 'test did not finish before its parent and was cancelled';

// namePatterns are the --test-name-pattern options: a test whose name, or
// an ancestor's, matches none of them is skipped. A pattern written
// /source/flags is that expression.
const namePatterns = (() => {
  const patterns = optionValues('--test-name-pattern').map((value = '') => {
    const m = /^\/(.*)\/([a-z]*)$/s.exec(value);
    return m ? new RegExp(m[1], m[2]) : new RegExp(value);
  });
  return patterns.length > 0 ? patterns : null;
})();

// matchesNamePatterns reports whether test's name or an ancestor's matches
// a --test-name-pattern.
function matchesNamePatterns(test) {
  for (let t = test; t && !(t instanceof Root); t = t.parent) {
    if (namePatterns.some((re) => re.test(t.name))) return true;
  }
  return false;
}
const report = reporter();

// callerLocation is where the test or suite was declared: the first frame
// outside this module.
function callerLocation() {
  const saved = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 20;
  Error.prepareStackTrace = (_, frames) => frames;
  const holder = {};
  Error.captureStackTrace(holder, callerLocation);
  const frames = holder.stack;
  Error.prepareStackTrace = saved;
  Error.stackTraceLimit = savedLimit;
  for (const f of Array.isArray(frames) ? frames : []) {
    const file = f.getFileName();
    if (file && !file.startsWith('node:')) {
      return { file, line: f.getLineNumber(), column: f.getColumnNumber() };
    }
  }
  return null;
}

// --- tests ------------------------------------------------------------------

const counts = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };

function normalizeArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    name = fn.name || '<anonymous>';
    options = {};
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = typeof fn === 'function' && fn.name ? fn.name : '<anonymous>';
  } else if (typeof options === 'function') {
    fn = options;
    options = {};
  }
  if (name === undefined) name = typeof fn === 'function' && fn.name ? fn.name : '<anonymous>';
  return { name: String(name), options: options ?? {}, fn: typeof fn === 'function' ? fn : undefined };
}

function validateTimeout(timeout) {
  if (timeout === undefined || timeout === Infinity) return Infinity;
  if (typeof timeout !== 'number' || !(timeout >= 0) || timeout > 2 ** 31 - 1 || !Number.isInteger(timeout)) {
    throw new ERR_OUT_OF_RANGE('options.timeout', `>= 0 && <= ${2 ** 31 - 1}`, timeout);
  }
  return timeout;
}

class Test {
  constructor(parent, { name, options, fn }, loc) {
    this.parent = parent;
    this.name = name;
    this.fn = fn;
    this.loc = loc;
    this.nesting = parent ? parent.nesting + 1 : -1;
    this.timeout = validateTimeout(options.timeout ?? parent?.timeout);
    this.skip = options.skip ? options.skip : undefined;
    this.todo = options.todo ? options.todo : undefined;
    this.only = Boolean(options.only);
    if (testOnly && !this.only && parent instanceof Root && this.skip === undefined) {
      this.skip = "'only' option not set";
    }
    if (namePatterns && this.skip === undefined && !(this instanceof Suite) && !matchesNamePatterns(this)) {
      this.skip = 'test name does not match pattern';
    }
    this.queue = [];
    this.running = null;
    this.finished = false;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.diagnostics = [];
    this.error = null;
    this.number = 0;
    this.abort = new AbortController();
    this.mockTracker = null;
    this.assertions = 0; // made through its context's assert
    this.planned = undefined; // t.plan's count
  }

  // add queues a subtest and returns the promise of its end.
  add(sub) {
    if (this.finished) {
      sub.error = failure('parentAlreadyFinished', null, 'test could not be started because its parent finished');
    }
    const done = new Promise((resolve) => { sub.resolve = resolve; });
    this.queue.push(sub);
    if (!this.running) this.running = this.drain();
    return done;
  }

  async drain() {
    let sub;
    while ((sub = this.queue.shift()) !== undefined) {
      sub.number = ++this.ran;
      this.active = sub;
      await sub.run();
      this.active = null;
      sub.resolve();
    }
    this.running = null;
  }

  // eachHooks are the beforeEach (or afterEach) hooks that apply to this
  // test's own tests: its ancestors', outermost first (innermost first for
  // afterEach).
  eachHooks(kind) {
    const chain = [];
    for (let t = this; t; t = t.parent) chain.unshift(...t.hooks[kind].map((fn) => [t, fn]));
    return kind === 'afterEach' ? chain.reverse() : chain;
  }

  async runHook(fn, ctx) {
    await withTimeout(this.timeout, () => callWith(fn, ctx, fn.length >= 2));
  }

  async run() {
    this.ran = 0;
    report.start(this);
    this.started = now();
    if (this.skip === undefined) await this.body();
    this.finished = true;
    if (this.reported) return;
    // A test cancelled before it could run took no time.
    this.duration = this.error?.failureType === 'cancelledByParent' ? 0 : ms(this.started);
    this.abort.abort();
    if (this.mockTracker) this.mockTracker.reset();
    if (!this.error) {
      const failed = this.failedSubtests;
      if (failed > 0) this.error = failure('subtestsFailed', null, `${failed} subtest${failed === 1 ? '' : 's'} failed`);
    }
    if (this.ran > 0) report.plan(this.nesting + 1, this.ran);
    this.count();
    if (this.only && !testOnly) this.diagnostics.push("'only' and 'runOnly' require the --test-only command-line option.");
    report.end(this);
    if (this.error && this.parent) this.parent.failedSubtests = (this.parent.failedSubtests ?? 0) + 1;
  }

  async body() {
    if (this.error || !this.fn) return;
    const ctx = new TestContext(this);
    const parent = this.parent;
    try {
      for (const [owner, fn] of parent.eachHooks('beforeEach')) await owner.runHook(fn, ctx);
    } catch (err) {
      this.error = failure('hookFailed', err);
      return;
    }
    try {
      await withTimeout(this.timeout, () => current.run(this, () => callWith(this.fn, ctx, this.fn.length >= 2)));
    } catch (err) {
      this.error = err instanceof TestFailure ? failure(err.failureType, null, err.message) : failure('testCodeFailure', err);
    }
    // node cancels the subtests that have not finished when the function has.
    this.cancel(kParentEnded, false);
    const made = this.assertions + this.ran;
    if (!this.error && this.planned !== undefined && made !== this.planned) {
      this.error = failure('testCodeFailure', null, `plan expected ${this.planned} assertions but received ${made}`);
    }
    try {
      for (const [owner, fn] of parent.eachHooks('afterEach')) await owner.runHook(fn, ctx);
      for (const fn of this.hooks.after) await this.runHook(fn, ctx);
    } catch (err) {
      if (!this.error) this.error = failure('hookFailed', err);
    }
  }

  // cancel reports the subtests that have not finished as cancelled, with
  // message: the one running and those queued, and with deep, theirs
  // before them. They may go on running; nothing more of theirs is reported.
  cancel(message, deep) {
    const pending = this.queue.splice(0);
    if (this.active) pending.unshift(this.active);
    this.active = null;
    for (const sub of pending) {
      if (!sub.number) {
        sub.number = ++this.ran;
        report.start(sub);
      }
      if (deep) sub.cancel(message, true);
      sub.error = failure('cancelledByParent', null, message);
      sub.duration = sub.started ? ms(sub.started) : 0;
      sub.reported = true;
      if (sub.ran > 0) report.plan(sub.nesting + 1, sub.ran);
      sub.count();
      report.end(sub);
      this.failedSubtests = (this.failedSubtests ?? 0) + 1;
      sub.resolve();
    }
  }

  count() {
    if (this instanceof Suite) {
      counts.suites++;
      return;
    }
    counts.tests++;
    if (this.error?.failureType === 'testTimeoutFailure' || this.error?.failureType === 'cancelledByParent') counts.cancelled++;
    else if (this.skip !== undefined) counts.skipped++;
    else if (this.todo !== undefined) counts.todo++;
    else if (this.error) counts.fail++;
    else counts.pass++;
  }
}

class Suite extends Test {
  constructor(parent, args, loc) {
    super(parent, args, loc);
    this.isSuite = true;
    this.built = null;
    if (this.skip !== undefined || !this.fn) return;
    try {
      const ctx = new SuiteContext(this);
      const result = current.run(this, () => this.fn.call(ctx, ctx));
      if (result && typeof result.then === 'function') {
        this.built = Promise.resolve(result).catch((err) => { this.error = failure('testCodeFailure', err); });
      }
    } catch (err) {
      this.error = failure('testCodeFailure', err);
    }
  }

  // Its tests were queued when declared; it runs them between its hooks.
  add(sub) {
    const done = new Promise((resolve) => { sub.resolve = resolve; });
    this.queue.push(sub);
    return done;
  }

  async body() {
    if (this.built) await this.built;
    if (this.error) return this.cancelAll();
    if (!this.fn) return;
    const ctx = new SuiteContext(this);
    try {
      for (const fn of this.hooks.before) await this.runHook(fn, ctx);
    } catch (err) {
      this.error = failure('hookFailed', err);
      return this.cancelAll();
    }
    await this.drain();
    try {
      for (const fn of this.hooks.after) await this.runHook(fn, ctx);
    } catch (err) {
      if (!this.error) this.error = failure('hookFailed', err);
    }
  }

  // cancelAll reports the suite's tests as cancelled, as node does when a
  // suite cannot run them.
  async cancelAll() {
    for (const sub of this.queue) {
      if (!sub.error && sub.skip === undefined) {
        sub.error = failure('cancelledByParent', null, kParentEnded);
      }
    }
    await this.drain();
  }
}

// Root is the file's test: its tests run one after the other once the
// file's code has run, and the summary is written when the loop has
// nothing else to do.
class Root extends Test {
  constructor() {
    super(null, { name: '<root>', options: {} }, null);
    this.ran = 0;
    this.startTime = now();
  }

  add(sub) {
    const done = new Promise((resolve) => { sub.resolve = resolve; });
    this.queue.push(sub);
    if (!this.running) {
      this.running = new Promise((resolve) => setImmediate(resolve)).then(() => this.drain());
    }
    if (!this.armed) {
      this.armed = true;
      process.on('beforeExit', () => this.finish());
      // A file gonode --test runs tells it its counts however it ends.
      if (report.forRunner) process.on('exit', () => report.endFile(counts));
    }
    return done;
  }

  async drain() {
    if (!this.beforeRan) {
      this.beforeRan = true;
      const ctx = new SuiteContext(this);
      for (const fn of this.hooks.before) await this.runHook(fn, ctx);
    }
    return super.drain();
  }

  // finish writes the summary when the loop has run out of work; tests
  // still waiting then never end, and are cancelled as node cancels them.
  async finish() {
    if (this.done) return;
    this.done = true;
    if (this.queue.length > 0 || this.running) {
      this.cancel('Promise resolution is still pending but the event loop has already resolved', true);
    }
    const ctx = new SuiteContext(this);
    for (const fn of this.hooks.after) await this.runHook(fn, ctx);
    if (!report.forRunner) {
      report.plan(0, this.ran);
      report.summary([...Object.entries(counts).map(([key, n]) => `${key} ${n}`), `duration_ms ${ms(this.startTime)}`]);
    }
    if (counts.fail > 0 || counts.cancelled > 0) process.exitCode = 1;
  }
}

// TestFailure is a test's failure that is not its code's: a timeout, a
// callback together with a promise.
class TestFailure extends Error {
  constructor(failureType, message) {
    super(message);
    this.failureType = failureType;
  }
}

// withTimeout runs fn, failing after ms.
function withTimeout(ms, fn) {
  const result = fn();
  if (ms === Infinity) return result;
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TestFailure('testTimeoutFailure', `test timed out after ${ms}ms`)), ms);
  });
  return Promise.race([result, timeout]).finally(() => clearTimeout(timer));
}

// callWith calls fn with ctx (and a done callback when it takes one), and
// returns a promise of its end.
function callWith(fn, ctx, withDone) {
  if (!withDone) {
    return new Promise((resolve) => resolve(fn.call(ctx, ctx)));
  }
  let settle = null;
  let early = null; // done's argument, when called before settle is set
  const result = fn.call(ctx, ctx, (err) => (settle ? settle(err) : (early = [err])));
  if (result && typeof result.then === 'function') {
    return Promise.reject(new TestFailure('callbackAndPromisePresent', 'passed a callback but also returned a Promise'));
  }
  return new Promise((resolve, reject) => {
    settle = (err) => (err ? reject(err) : resolve());
    if (early) settle(early[0]);
  });
}

// kAssertions are the assert functions a test context's assert has: each
// call counts toward the test's plan.
const kAssertions = ['deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow', 'equal', 'fail',
  'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual', 'notStrictEqual', 'ok', 'rejects', 'strictEqual',
  'throws'];

// fullName is a test's name after its parents', as node gives it.
function fullName(test) {
  return test.parent && !(test.parent instanceof Root) ? `${fullName(test.parent)} > ${test.name}` : test.name;
}

class TestContext {
  #test;
  #assert = null;
  constructor(test) { this.#test = test; }
  get name() { return this.#test.name; }
  get fullName() { return fullName(this.#test); }
  get signal() { return this.#test.abort.signal; }
  get error() { return this.#test.error; }
  get passed() { return this.#test.finished && !this.#test.error; }
  get assert() {
    if (this.#assert === null) {
      const assert = require('assert');
      const test = this.#test;
      this.#assert = {};
      for (const name of kAssertions) {
        this.#assert[name] = (...args) => {
          test.assertions++;
          return assert[name](...args);
        };
      }
    }
    return this.#assert;
  }
  plan(count) {
    if (!Number.isInteger(count) || count < 0) {
      throw new ERR_OUT_OF_RANGE('count', `>= 0 && <= ${Number.MAX_SAFE_INTEGER}`, count);
    }
    this.#test.planned = count;
  }
  get mock() { return (this.#test.mockTracker ??= new MockTracker()); }
  diagnostic(message) { this.#test.diagnostics.push(String(message)); }
  skip(message) { this.#test.skip = message ?? ''; }
  todo(message) { this.#test.todo = message ?? ''; }
  runOnly() {}
  before(fn) { this.#test.hooks.before.push(fn); }
  after(fn) { this.#test.hooks.after.push(fn); }
  beforeEach(fn) { this.#test.hooks.beforeEach.push(fn); }
  afterEach(fn) { this.#test.hooks.afterEach.push(fn); }
  test(name, options, fn) {
    const parent = this.#test;
    const sub = new Test(parent, normalizeArgs(name, options, fn), callerLocation());
    return parent.add(sub);
  }
}

class SuiteContext {
  #suite;
  constructor(suite) { this.#suite = suite; }
  get name() { return this.#suite.name; }
  get fullName() { return fullName(this.#suite); }
  get signal() { return this.#suite.abort.signal; }
}

// --- mocks ------------------------------------------------------------------

class MockFunctionContext {
  #calls = [];
  #impl;
  #original;
  #once = new Map();
  #restore;
  constructor(impl, original, restore) {
    this.#impl = impl;
    this.#original = original;
    this.#restore = restore;
  }
  get calls() { return this.#calls.slice(); }
  callCount() { return this.#calls.length; }
  mockImplementation(fn) { this.#impl = fn; }
  mockImplementationOnce(fn, onCall = this.#calls.length) { this.#once.set(onCall, fn); }
  resetCalls() { this.#calls = []; }
  restore() { this.#restore?.(); }
  // next is the implementation of the next call.
  next() {
    const n = this.#calls.length;
    const once = this.#once.get(n);
    if (once) {
      this.#once.delete(n);
      return once;
    }
    return this.#impl ?? this.#original ?? function () {};
  }
  record(call) { this.#calls.push(call); }
}

function makeMock(impl, original, restore, times) {
  const ctx = new MockFunctionContext(impl, original, restore);
  let calls = 0;
  const fn = function (...args) {
    const target = new.target;
    const f = times !== undefined && calls >= times ? original ?? function () {} : ctx.next();
    calls++;
    const call = { arguments: args, error: undefined, result: undefined, stack: new Error(), target, this: this };
    try {
      call.result = target ? Reflect.construct(f, args, target) : Reflect.apply(f, this, args);
      return call.result;
    } catch (err) {
      call.error = err;
      throw err;
    } finally {
      ctx.record(call);
    }
  };
  Object.defineProperty(fn, 'mock', { __proto__: null, value: ctx, enumerable: false });
  Object.defineProperty(fn, 'length', { __proto__: null, value: (impl ?? original)?.length ?? 0 });
  Object.defineProperty(fn, 'name', { __proto__: null, value: (impl ?? original)?.name ?? '' });
  return fn;
}

const kTimerApis = ['setInterval', 'setTimeout', 'setImmediate', 'Date'];
let warnedTimers = false;

// MockTimers replaces the timer functions and Date with ones driven by
// tick: a timer runs when the time it was set for is reached.
class MockTimers {
  #enabled = false;
  #now = 0;
  #timers = []; // pending, in no order
  #seq = 0;
  #restore = [];

  enable(options = {}) {
    if (!warnedTimers) {
      warnedTimers = true;
      process.emitWarning('The MockTimers API is an experimental feature and might change at any time', 'ExperimentalWarning');
    }
    if (this.#enabled) throw new ERR_INVALID_STATE('MockTimers is already enabled!');
    const apis = options.apis ?? kTimerApis;
    for (const api of apis) {
      if (!kTimerApis.includes(api)) {
        throw new ERR_INVALID_ARG_VALUE('options.apis', api, `option ${api} is not supported`);
      }
    }
    this.#now = options.now instanceof Date ? options.now.getTime() : options.now ?? 0;
    this.#enabled = true;
    const timers = require('timers');
    const replace = (target, name, value) => {
      const saved = Object.getOwnPropertyDescriptor(target, name);
      this.#restore.push(() => (saved ? Object.defineProperty(target, name, saved) : delete target[name]));
      Object.defineProperty(target, name, {
        __proto__: null, value, writable: true, configurable: true, enumerable: saved?.enumerable ?? false,
      });
    };
    const set = (interval) => (fn, delay, ...args) => this.#add(fn, Math.max(1, Number(delay) || 1), args, interval);
    const clear = (timer) => {
      const i = this.#timers.findIndex((t) => t === timer || t.id === timer);
      if (i >= 0) this.#timers.splice(i, 1);
    };
    for (const api of apis) {
      if (api === 'Date') {
        replace(globalThis, 'Date', this.#mockDate());
        continue;
      }
      const fn = api === 'setImmediate' ? (cb, ...args) => this.#add(cb, 0, args, false) : set(api === 'setInterval');
      const clearName = api.replace('set', 'clear');
      for (const target of [globalThis, timers]) {
        replace(target, api, fn);
        replace(target, clearName, clear);
      }
    }
  }

  #add(fn, delay, args, interval) {
    const timer = new MockTimeout(this, ++this.#seq, fn, args, delay, interval);
    timer.runAt = this.#now + delay;
    this.#timers.push(timer);
    return timer;
  }

  // reschedule moves timer (refresh) to its delay from now.
  reschedule(timer) {
    timer.runAt = this.#now + timer.delay;
    if (!this.#timers.includes(timer)) this.#timers.push(timer);
  }

  #mockDate() {
    const RealDate = Date;
    const timers = this;
    function MockDate(...args) {
      if (!new.target) return new RealDate(timers.#now).toString();
      return args.length === 0 ? Reflect.construct(RealDate, [timers.#now], new.target) : Reflect.construct(RealDate, args, new.target);
    }
    MockDate.prototype = RealDate.prototype;
    MockDate.now = () => timers.#now;
    MockDate.parse = RealDate.parse;
    MockDate.UTC = RealDate.UTC;
    return MockDate;
  }

  #check() {
    if (!this.#enabled) {
      throw new ERR_INVALID_STATE('You should enable MockTimers first by calling the .enable function');
    }
  }

  tick(time = 1) {
    this.#check();
    // node's arguments, in node's order.
    if (time < 0) throw new ERR_INVALID_ARG_VALUE('time', 'positive integer', time);
    const end = this.#now + time;
    for (;;) {
      let next = null;
      for (const t of this.#timers) {
        if (t.runAt <= end && (!next || t.runAt < next.runAt || (t.runAt === next.runAt && t.seq < next.seq))) next = t;
      }
      if (!next) break;
      this.#now = Math.max(this.#now, next.runAt);
      if (next.interval) {
        next.runAt += next.delay;
      } else {
        this.#timers.splice(this.#timers.indexOf(next), 1);
      }
      next.fn(...next.args);
    }
    this.#now = end;
  }

  runAll() {
    this.#check();
    const last = Math.max(this.#now, ...this.#timers.map((t) => t.runAt));
    this.tick(last - this.#now);
  }

  setTime(time) {
    this.#check();
    this.#now = time;
  }

  reset() {
    for (const restore of this.#restore.splice(0).reverse()) restore();
    this.#timers = [];
    this.#enabled = false;
    this.#now = 0;
  }

  [Symbol.dispose]() {
    this.reset();
  }
}

// MockTimeout is what the mocked timer functions return.
class MockTimeout {
  constructor(timers, seq, fn, args, delay, interval) {
    Object.assign(this, { timers, seq, id: seq, fn, args, delay, interval, runAt: 0 });
  }
  ref() { return this; }
  unref() { return this; }
  hasRef() { return true; }
  refresh() {
    this.timers.reschedule(this);
    return this;
  }
  [Symbol.toPrimitive]() { return this.id; }
}

class MockTracker {
  #mocks = [];
  #timers = null;
  get timers() {
    return (this.#timers ??= new MockTimers());
  }
  fn(original = function () {}, implementation = original, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    const mock = makeMock(implementation, original, undefined, options.times);
    this.#mocks.push(mock.mock);
    return mock;
  }
  method(object, methodName, implementation, options = {}) {
    if (implementation !== null && typeof implementation === 'object' && typeof implementation !== 'function') {
      options = implementation;
      implementation = undefined;
    }
    const { getter = false, setter = false } = options;
    const desc = findDescriptor(object, methodName);
    const key = getter ? 'get' : setter ? 'set' : 'value';
    const original = desc?.descriptor[key];
    if (typeof original !== 'function') throw new ERR_INVALID_ARG_VALUE('methodName', methodName, 'must be a method');
    const restore = () => {
      if (Object.prototype.hasOwnProperty.call(object, methodName) || desc.owner === object) {
        Object.defineProperty(object, methodName, desc.descriptor);
      }
    };
    const mock = makeMock(implementation ?? original, original, restore, options.times);
    Object.defineProperty(object, methodName, { __proto__: null, ...desc.descriptor, [key]: mock });
    this.#mocks.push(mock.mock);
    return mock;
  }
  getter(object, methodName, implementation, options = {}) {
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }
  setter(object, methodName, implementation, options = {}) {
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }
  reset() {
    this.restoreAll();
    this.#mocks = [];
    this.#timers?.reset();
  }
  restoreAll() {
    for (const ctx of this.#mocks) ctx.restore();
  }
}

function findDescriptor(object, name) {
  for (let o = object; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
    const descriptor = Object.getOwnPropertyDescriptor(o, name);
    if (descriptor) return { descriptor, owner: o };
  }
  return null;
}

// --- the module's functions ------------------------------------------------

const root = new Root();
// current is the suite being declared or the test running: a test or suite
// declared in it, or a hook, is its own.
const current = new AsyncLocalStorage();

function declare(Kind, name, options, fn, overrides) {
  const args = normalizeArgs(name, options, fn);
  args.options = { ...args.options, ...overrides };
  const parent = current.getStore() ?? root;
  const t = new Kind(parent, args, callerLocation());
  return parent.add(t);
}

function withVariants(Kind) {
  const f = (name, options, fn) => declare(Kind, name, options, fn);
  f.skip = (name, options, fn) => declare(Kind, name, options, fn, { skip: true });
  f.todo = (name, options, fn) => declare(Kind, name, options, fn, { todo: true });
  f.only = (name, options, fn) => declare(Kind, name, options, fn, { only: true });
  return f;
}

function hook(kind) {
  return (fn) => {
    (current.getStore() ?? root).hooks[kind].push(fn);
  };
}

const test = withVariants(Test);
const suite = withVariants(Suite);
Object.assign(test, {
  test,
  it: test,
  describe: suite,
  suite,
  before: hook('before'),
  after: hook('after'),
  beforeEach: hook('beforeEach'),
  afterEach: hook('afterEach'),
  mock: new MockTracker(),
});

module.exports = test;
