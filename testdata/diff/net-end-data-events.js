// end(data) and write(string) on fresh sockets: the order of 'prefinish'
// (via _final), 'finish', 'end' and 'close', the writable state right after
// end(data), strings in the default and in another default encoding, a
// multi-byte string, and socket options a net.Socket must not take
// (emitClose, autoDestroy, decodeStrings).
const net = require('net');

const log = [];
const cases = [
  ['end-string', (s) => s.end('x')],
  ['end-buffer', (s) => s.end(Buffer.from('buf'))],
  ['write-then-end', (s) => { log.push(`write ret ${s.write('ab')}`); s.end('cd'); }],
  ['multibyte', (s) => s.end('h\u00e9\u20ac\u{1F600}')],
  ['hex-default', (s) => { s.setDefaultEncoding('hex'); s.end('414243'); }],
  ['end-cb', (s) => s.end('y', () => log.push('end cb'))],
  ['end-encoding', (s) => s.end('5a5a', 'hex')],
  ['write-empty', (s) => { log.push(`write empty ${s.write('')}`); s.end(); }],
];

const server = net.createServer({ allowHalfOpen: false }, (s) => {
  const [name, act] = cases[served++];
  const w = s._writableState;
  s.on('prefinish', () => log.push(`${name} prefinish`));
  s.on('finish', () => log.push(`${name} finish`));
  s.on('end', () => log.push(`${name} end`));
  s.on('close', (hadError) => {
    log.push(`${name} close ${hadError} bytesWritten=${s.bytesWritten}`);
    if (served === cases.length) finish();
    else next();
  });
  s.resume();
  act(s);
  log.push(`${name} after: ended=${w.ended} ending=${w.ending} writing=${w.writing} length=${w.length} writableLength=${s.writableLength}`);
});
let served = 0;

function next() {
  const c = net.connect(server.address().port, '127.0.0.1');
  const got = [];
  c.on('data', (d) => got.push(d));
  c.on('end', () => {
    log.push(`client got ${Buffer.concat(got).toString('hex')}`);
    c.end();
  });
}

function finish() {
  server.close();
  // Options net.Socket overrides: 'close' still comes from the handle, once.
  const s = new net.Socket({ emitClose: true, autoDestroy: false, decodeStrings: true, allowHalfOpen: 1 });
  log.push(`options: allowHalfOpen=${s.allowHalfOpen} emitClose=${s._readableState.emitClose}/${s._writableState.emitClose} ` +
    `autoDestroy=${s._readableState.autoDestroy}/${s._writableState.autoDestroy} decodeStrings=${s._writableState.decodeStrings}`);
  const t = new net.Socket();
  log.push(`no options: allowHalfOpen=${t.allowHalfOpen} readable=${t.readable} writable=${t.writable}`);
  let closes = 0;
  s.on('close', () => closes++);
  s.destroy();
  setImmediate(() => {
    log.push(`closes ${closes}`);
    console.log(log.join('\n'));
  });
}

server.listen(0, '127.0.0.1', next);
