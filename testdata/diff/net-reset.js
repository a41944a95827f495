// resetAndDestroy() sends RST: the peer's read fails with ECONNRESET and it
// closes with hadError; destroy(err) emits that error then 'close'(true).
const net = require('net');

const log = [];
const serverLog = [];
const server = net.createServer((s) => {
  s.on('data', () => s.resetAndDestroy());
  s.on('close', (hadError) => serverLog.push(`server socket close hadError=${hadError}`));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('hi'));
  c.on('error', (err) => log.push(`client error ${err.message} ${err.code} ${err.errno} ${err.syscall} ${Object.keys(err)}`));
  c.on('close', (hadError) => {
    log.push(`client close hadError=${hadError}`);
    const d = new net.Socket();
    d.on('error', (err) => log.push(`destroy(err): error ${err.message}`));
    d.on('close', (hadError2) => {
      log.push(`destroy(err): close ${hadError2}`);
      const e = new net.Socket();
      log.push(`fresh socket: readyState=${e.readyState} pending=${e.pending} bytesWritten=${e.bytesWritten}`);
      e.resetAndDestroy();
      e.on('error', (err) => log.push(`resetAndDestroy unconnected: ${err.code}`));
      e.on('close', () => server.close(() => console.log(serverLog.concat(log).join('\n'))));
    });
    d.destroy(new Error('boom'));
  });
});
