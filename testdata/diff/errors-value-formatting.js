// Values in node's error messages are formatted as util.format's %s does
// (an object inspected, a BigInt with its n, a Symbol described); signals
// are read as process.kill reads them; an encoding is a name only when it
// has a length; a default-action signal sent to the process itself ends it
// before the next statement.
const net = require('net');
const cp = require('child_process');
const http = require('http');
const { StringDecoder } = require('string_decoder');
const { Writable } = require('stream');
const tryIt = (label, fn) => {
  try { console.log(label, 'returns', fn()); } catch (e) { console.log(label, '->', e.code, '|', e.message); }
};
for (const v of [{}, [], Symbol('s'), 10n, -0, { toString() { return 'latin1'; } }, new String('hex'), 5, true]) {
  const label = typeof v === 'symbol' ? 'Symbol(s)' : typeof v === 'bigint' ? '10n' : Object.is(v, -0) ? '-0' : JSON.stringify(v);
  tryIt(`setEncoding(${label})`, () => new net.Socket().setEncoding(v) && 'socket');
  tryIt(`StringDecoder(${label})`, () => new StringDecoder(v).encoding);
  tryIt(`toString(${label})`, () => Buffer.from('ab').toString(v));
  tryIt(`setDefaultEncoding(${label})`, () => new Writable({ write(c, e, cb) { cb(); } }).setDefaultEncoding(v) && 'writable');
  tryIt(`localAddress ${label}`, () => net.connect({ port: 1, localAddress: v }).on('error', () => {}) && 'socket');
  tryIt(`writeHead(${label})`, () => new http.ServerResponse(new http.IncomingMessage(new net.Socket())).writeHead(v) && 'response');
}
const child = cp.spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)']);
for (const s of [{}, Symbol('s'), 'SIGNOPE', 1.5, '15', [], 10n]) {
  tryIt(`child.kill(${typeof s === 'symbol' ? 'Symbol' : String(s)})`, () => child.kill(s));
  tryIt(`process.kill(${typeof s === 'symbol' ? 'Symbol' : String(s)})`, () => process.kill(process.pid, s));
}
tryIt('process.kill(0)', () => process.kill(process.pid, 0));
child.on('exit', (code, signal) => {
  console.log('child exit', code, signal);
  process.on('SIGUSR2', () => console.log('SIGUSR2 handled'));
  process.kill(process.pid, 'SIGUSR2');
  console.log('after SIGUSR2');
  setTimeout(() => {
    console.log('before SIGTERM');
    process.kill(process.pid, 'SIGTERM');
    console.log('after SIGTERM (never printed)');
  }, 20);
});
child.kill();
