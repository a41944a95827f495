'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-diff-'));
const p = (...a) => path.join(dir, ...a);
const clean = (s) => String(s).split(dir).join('<tmp>');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, clean(e.message), e.errno, e.syscall, clean(e.path), clean(e.filename),
      Object.keys(e).join());
  }
};
const touch = (name) => fs.closeSync(fs.openSync(p(name), 'w'));

// steps runs each [label, operation, last] in turn on a watcher: it makes
// the change, collects the watcher's events until the one named last (the
// kernel's final event for that change), and prints them with repeats
// merged (inotify merges identical events that are not yet read, so their
// count depends on timing).
function steps(watcher, list, done) {
  let i = -1;
  let seen = [];
  const next = () => {
    if (++i === list.length) return done();
    seen = [];
    list[i][1]();
  };
  watcher.on('change', (type, name) => {
    const ev = `${type} ${Buffer.isBuffer(name) ? `buf:${name}` : name}`;
    if (seen[seen.length - 1] !== ev) seen.push(ev);
    if (ev === list[i][2]) {
      console.log(list[i][0] + ':', seen.join(', '));
      next();
    }
  });
  next();
}

// A directory: entries made, written, renamed, removed; a subdirectory's
// own changes are entry events of the directory ('rename', as inotify
// flags them as directories); changes inside it are not seen.
function watchDirectory(done) {
  fs.mkdirSync(p('d'));
  const w = fs.watch(p('d'));
  console.log('dir watcher', w.constructor.name, w instanceof require('events'));
  steps(w, [
    ['create', () => fs.writeFileSync(p('d', 'a'), 'one'), 'change a'],
    ['append', () => fs.appendFileSync(p('d', 'a'), 'two'), 'change a'],
    ['rename', () => fs.renameSync(p('d', 'a'), p('d', 'b')), 'rename b'],
    ['mkdir', () => fs.mkdirSync(p('d', 'sub')), 'rename sub'],
    ['inside sub, then a marker', () => { fs.writeFileSync(p('d', 'sub', 'x'), 'x'); touch('d/m1'); }, 'rename m1'],
    ['chmod sub', () => fs.chmodSync(p('d', 'sub'), 0o700), 'rename sub'],
    ['chmod b', () => fs.chmodSync(p('d', 'b'), 0o600), 'change b'],
    ['unlink', () => fs.unlinkSync(p('d', 'b')), 'rename b'],
    ['rm sub', () => fs.rmSync(p('d', 'sub'), { recursive: true }), 'rename sub'],
  ], () => {
    w.on('close', () => {
      console.log('dir watcher closed', w._handle);
      done();
    });
    w.close();
    w.close();
    touch('d/after-close');
  });
}

// A file: its events carry its own base name, also after a rename; its
// removal is a change (the link count) and a rename.
function watchFile(done) {
  fs.writeFileSync(p('f'), 'x');
  const w = fs.watch(p('f'), { encoding: 'buffer' });
  steps(w, [
    ['append', () => fs.appendFileSync(p('f'), 'y'), 'change buf:f'],
    ['utimes', () => fs.utimesSync(p('f'), 1, 1), 'change buf:f'],
    ['rename', () => fs.renameSync(p('f'), p('g')), 'rename buf:f'],
    ['write renamed', () => fs.appendFileSync(p('g'), 'z'), 'change buf:f'],
    ['unlink', () => fs.unlinkSync(p('g')), 'rename buf:f'],
  ], () => {
    w.close();
    done();
  });
}

// The listener argument, other encodings, and watching one path twice.
function listenerAndEncodings(done) {
  fs.mkdirSync(p('e'));
  const got = [];
  const hex = fs.watch(p('e'), 'hex');
  const w = fs.watch(p('e'), { persistent: true }, (type, name) => {
    got.push(`${type} ${name}`);
    if (got.length === 1) return;
  });
  hex.once('change', (type, name) => {
    console.log('hex', type, name);
    hex.close();
  });
  w.once('change', () => {
    setImmediate(() => {
      console.log('listener', got[0]);
      w.close();
      done();
    });
  });
  touch('e/ab');
}

// fs.promises.watch: an async iterator; break closes it, an abort rejects
// the pending next() with an AbortError.
async function promisesWatch() {
  fs.mkdirSync(p('q'));
  const iter = fs.promises.watch(p('q'));
  console.log(Object.prototype.toString.call(iter), typeof iter[Symbol.asyncIterator]);
  const first = iter.next();
  touch('q/one');
  console.log('next', JSON.stringify(await first));
  console.log('return', JSON.stringify(await iter.return()));
  console.log('after return', JSON.stringify(await iter.next()));

  let n = 0;
  setImmediate(() => touch('q/two'));
  for await (const { eventType, filename } of fs.promises.watch(p('q'), { encoding: 'hex' })) {
    console.log('for await', eventType, filename);
    if (++n === 1) break;
  }

  const ac = new AbortController();
  const aborting = fs.promises.watch(p('q'), { signal: ac.signal });
  const pending = aborting.next();
  setImmediate(() => ac.abort('stop'));
  try {
    await pending;
  } catch (e) {
    console.log('aborted', e.name, e.code, e.message, e.cause);
  }
  console.log('after abort', JSON.stringify(await aborting.next()));

  const pre = new AbortController();
  pre.abort();
  for (const [label, args] of [
    ['missing', [p('nope')]],
    ['bad options', [p('q'), 5]],
    ['bad encoding', [p('q'), { encoding: 'nope' }]],
    ['buffer encoding', [p('q'), { encoding: 'buffer' }]],
    ['bad recursive', [p('q'), { recursive: 1 }]],
    ['pre-aborted', [p('q'), { signal: pre.signal }]],
  ]) {
    const it = fs.promises.watch(...args);
    try {
      await it.next();
      console.log(label, 'no error');
    } catch (e) {
      console.log(label, e.name, e.code, clean(e.message), clean(e.path));
    }
    console.log(label, 'then', JSON.stringify(await it.next()));
  }
}

show('missing', () => fs.watch(p('nope')));
show('not a directory', () => fs.watch(p('nope', 'x')));
show('bad path', () => fs.watch(5));
show('bad encoding', () => fs.watch(dir, { encoding: 'nope' }));
show('bad recursive', () => fs.watch(dir, { recursive: 'yes' }));
show('bad listener', () => fs.watch(dir, { persistent: false }, 5));
show('bad signal', () => fs.watch(dir, { signal: 5 }));
{
  const w = fs.watch(dir);
  console.log('keys', Object.keys(w).join(), typeof w._handle, w.ref() === w, w.unref() === w);
  w.close();
  const pre = new AbortController();
  pre.abort();
  const aborted = fs.watch(dir, { signal: pre.signal });
  aborted.on('close', () => console.log('closed by a signal aborted before'));
  const ac = new AbortController();
  const later = fs.watch(dir, { signal: ac.signal });
  later.on('close', () => console.log('closed by abort'));
  ac.abort();
}
// A watcher that does not hold the process open.
fs.watch(dir, { persistent: false });
fs.watch(dir).unref();

watchDirectory(() => watchFile(() => listenerAndEncodings(() => promisesWatch())));
