'use strict';
// internal/fs/watchers: fs.watchFile / fs.unwatchFile, polling stat() on a
// timer as libuv's uv_fs_poll does.

const EventEmitter = require('events');
const binding = require('internal/fs/binding');
const { Stats, BigIntStats } = require('internal/fs/utils');

const zeroStats = new Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
const zeroBigStats = new BigIntStats(0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n);

const compared = ['ctimeMs', 'mtimeMs', 'birthtimeMs', 'size', 'mode', 'uid', 'gid', 'ino', 'dev'];

function sameStats(a, b) {
  return compared.every((k) => a[k] === b[k]);
}

// StatWatcher polls one file and emits 'change' (current, previous) when
// its stat changes, appears or disappears.
class StatWatcher extends EventEmitter {
  #bigint;
  #timer = null;
  #persistent = true;
  #stopped = true;
  #prev;
  #status = 0; // 0 before the first poll, 1 after a successful one, the errno after a failure

  constructor(bigint) {
    super();
    this._handle = null;
    this.#bigint = bigint;
    this.#prev = bigint ? zeroBigStats : zeroStats;
  }

  start(filename, persistent, interval) {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#persistent = persistent;
    this._handle = { filename };
    const poll = () => {
      const started = Date.now();
      binding.stat(filename, this.#bigint, true, (err, st) => {
        if (this.#stopped) return;
        this.#report(err, st);
        this.#timer = setTimeout(poll, Math.max(0, interval - (Date.now() - started)));
        if (!this.#persistent) this.#timer.unref();
      });
    };
    poll();
  }

  // report compares a poll with the last one. A failure is reported once
  // (with zeroed current stats); the previous stats stay the last good ones.
  #report(err, st) {
    if (err) {
      if (this.#status !== err.errno) {
        this.#status = err.errno;
        this.emit('change', this.#bigint ? zeroBigStats : zeroStats, this.#prev);
      }
      return;
    }
    if (this.#status < 0 || (this.#status === 1 && !sameStats(st, this.#prev))) {
      this.emit('change', st, this.#prev);
    }
    this.#status = 1;
    this.#prev = st;
  }

  stop() {
    if (this.#stopped) return;
    this.#stopped = true;
    this._handle = null;
    clearTimeout(this.#timer);
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this.#persistent = true;
    if (this.#timer) this.#timer.ref();
    return this;
  }

  unref() {
    this.#persistent = false;
    if (this.#timer) this.#timer.unref();
    return this;
  }
}

module.exports = { StatWatcher };
