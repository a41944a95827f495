// allowHalfOpen: the server keeps writing after the client's FIN; without
// it, the socket ends itself and a write after the FIN fails with EPIPE.
const net = require('net');

function run(allowHalfOpen, next) {
  const log = [];
  const clientLog = [];
  let closed = 0;
  const done = () => {
    if (++closed < 2) return;
    server.close(() => {
      console.log(`allowHalfOpen=${allowHalfOpen}\n  ${log.concat(clientLog).join('\n  ')}`);
      next();
    });
  };
  const server = net.createServer({ allowHalfOpen }, (s) => {
    let got = '';
    s.setEncoding('utf8');
    s.on('data', (d) => { got += d; });
    s.on('end', () => {
      log.push(`server end got=${got} writable=${s.writable} readyState=${s.readyState}`);
      if (allowHalfOpen) {
        s.write('late reply', () => s.end());
      } else {
        s.once('finish', () => {
          log.push(`server finish destroyed=${s.destroyed}`);
          s.write('too late', (err) => log.push(`server write cb ${err && err.code} ${err && err.message}`));
        });
      }
    });
    s.on('error', (err) => log.push(`server error ${err.code} ${err.message}`));
    s.on('close', () => {
      log.push('server close');
      done();
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.setEncoding('utf8');
    let reply = '';
    c.on('data', (d) => { reply += d; });
    c.end('request');
    c.on('close', () => {
      clientLog.push(`client reply=${JSON.stringify(reply)}`);
      done();
    });
  });
}

run(true, () => run(false, () => {}));
