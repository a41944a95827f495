// server.close() stops accepting at once but emits 'close' only after the
// open connections end; getConnections() counts them; maxConnections drops
// the connections beyond it (with the 'drop' event).
const net = require('net');

const log = [];
const sockets = [];
const server = net.createServer((s) => {
  sockets.push(s);
  if (sockets.length === 2) onBoth();
});
server.maxConnections = 2;
server.on('drop', (data) => {
  log.push(`drop local=${data.localAddress} remote=${data.remoteAddress} family=${data.remoteFamily}`);
  finishUp();
});

let clients = [];
server.listen(0, '127.0.0.1', () => {
  for (let i = 0; i < 2; i++) {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.on('error', (err) => log.push(`client error ${err.code}`));
    clients.push(c);
  }
});

function onBoth() {
  server.getConnections((err, n) => {
    log.push(`getConnections ${err} ${n}`);
    // A third connection is over the limit.
    const extra = net.connect(server.address().port, '127.0.0.1');
    extra.on('error', () => {});
    extra.resume();
  });
}

let closing = false;
function finishUp() {
  if (closing) return;
  closing = true;
  server.close(() => {
    log.push(`server close event; sockets destroyed: ${sockets.map((s) => s.destroyed).join()}`);
    console.log(log.join('\n'));
  });
  log.push(`after close(): listening=${server.listening}`);
  server.getConnections((err, n) => {
    log.push(`getConnections after close ${err} ${n}`);
    for (const s of sockets) s.end();
  });
}
