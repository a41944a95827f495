// AbortSignal support: addAbortSignal, the signal option and finished({ signal }).
const { Readable, PassThrough, addAbortSignal, finished } = require('stream');
const log = [];
const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', (e) => log.push(`r error ${e.name} ${e.code}`));
r.on('close', () => log.push('r close ' + r.destroyed));
const p = new PassThrough({ signal: ac.signal });
p.on('error', (e) => log.push(`p error ${e.name}`));
const q = new PassThrough();
const ac2 = new AbortController();
finished(q, { signal: ac2.signal }, (err) => log.push(`q finished ${err && err.name} destroyed=${q.destroyed}`));
ac.abort();
ac2.abort();
try { addAbortSignal('nope', r); } catch (e) { log.push(e.code); }
setTimeout(() => console.log(log.sort().join('\n')), 5);
