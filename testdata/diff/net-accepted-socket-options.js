// What an accepted socket takes from its server's options (default, a
// highWaterMark, allowHalfOpen, pauseOnConnect, noDelay): its high water
// marks, half-open mode, flowing state and stream state right after
// 'connection'.
const net = require('net');

const configs = [
  {},
  { highWaterMark: 1024 },
  { allowHalfOpen: true },
  { pauseOnConnect: true },
  { noDelay: true, keepAlive: true },
];

const log = [];
function run(i) {
  if (i === configs.length) {
    console.log(log.join('\n'));
    return;
  }
  const server = net.createServer(configs[i], (s) => {
    const r = s._readableState;
    const w = s._writableState;
    log.push(`${JSON.stringify(configs[i])}: rhwm=${s.readableHighWaterMark} whwm=${s.writableHighWaterMark} ` +
      `allowHalfOpen=${s.allowHalfOpen} flowing=${s.readableFlowing} paused=${s.isPaused()} ` +
      `readable=${s.readable} writable=${s.writable} reading=${r.reading} emitClose=${r.emitClose}/${w.emitClose} ` +
      `autoDestroy=${r.autoDestroy}/${w.autoDestroy} decodeStrings=${w.decodeStrings} objectMode=${r.objectMode}/${w.objectMode} ` +
      `pending=${s.pending} readyState=${s.readyState} server=${s.server === server}`);
    s.on('close', () => {
      log.push(`  close bytesRead=${s.bytesRead}`);
      server.close(() => run(i + 1));
    });
    s.resume();
    s.end('bye');
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.end('hi'));
    c.resume();
  });
}
run(0);
