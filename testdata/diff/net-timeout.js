// Socket timeouts: 'timeout' after inactivity (the socket stays open until
// ended), activity postpones it, setTimeout(0) disables it, and bad
// durations throw.
const net = require('net');

const log = [];
const server = net.createServer((s) => {
  s.setTimeout(300, () => {
    log.push(`server timeout; destroyed=${s.destroyed} timeout=${s.timeout}`);
    s.end('bye');
  });
  s.on('data', (d) => {
    log.push(`server data ${d}`);
    s.write('ack');
  });
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  try {
    c.setTimeout(-1);
  } catch (err) {
    log.push(`setTimeout(-1): ${err.code}`);
  }
  try {
    c.setTimeout('x');
  } catch (err) {
    log.push(`setTimeout('x'): ${err.code}`);
  }
  c.setTimeout(10);
  c.setTimeout(0);
  c.on('timeout', () => log.push('client timeout (unexpected)'));
  // Each write waits for the previous ack, 100 ms apart: 300 ms of activity
  // in all, which keeps postponing the server's 300 ms timeout.
  let n = 0;
  c.setEncoding('utf8');
  c.on('data', (d) => {
    log.push(`client data ${d}`);
    if (d === 'ack' && n < 3) setTimeout(() => c.write(`tick${n++}`), 100);
  });
  c.write(`tick${n++}`);
  c.on('end', () => log.push('client end'));
  c.on('close', () => {
    server.close(() => console.log(log.join('\n')));
  });
});
