// captureRejections routes async listener rejections to 'error'.
const EventEmitter = require('events');
const e = new EventEmitter({ captureRejections: true });
e.on('work', async (v) => {
  throw new Error('fail ' + v);
});
e.on('error', (err) => console.log('error event', err.message));
e.emit('work', 1);
const f = new EventEmitter({ captureRejections: true });
f[Symbol.for('nodejs.rejection')] = (err, ev, ...args) => console.log('rejection hook', err.message, ev, args.join(','));
f.on('job', async () => { throw new Error('x'); });
f.emit('job', 'a', 'b');
console.log('sync done', EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
try { new EventEmitter({ captureRejections: 'yes' }); } catch (err) { console.log(err.code); }
