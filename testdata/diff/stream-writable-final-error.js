// _final errors reach the end() callback and 'error'.
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { setTimeout(() => cb(new Error('final failed')), 1); },
});
w.on('error', (e) => log.push('error ' + e.message));
w.on('finish', () => log.push('finish'));
w.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
  console.log('writableFinished', w.writableFinished, 'errored', w.errored.message);
});
w.end('x', (err) => log.push('end cb ' + (err && err.message)));
