// A socket destroyed from its own 'data' listener gets no more 'data'
// while the peer keeps sending; bytes, events and close order are printed.
const net = require('net');

function run(how, next) {
  const server = net.createServer((sock) => {
    let n = 0;
    const timer = setInterval(() => {
      if (sock.destroyed || n === 20) {
        clearInterval(timer);
        sock.end();
        return;
      }
      sock.write(Buffer.alloc(16, n++));
    }, 1);
    sock.on('error', () => {});
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    let chunks = 0;
    let bytes = 0;
    c.on('data', (d) => {
      chunks++;
      bytes += d.length;
      if (bytes >= 48 && !c.destroyed) {
        c.destroy();
        console.log(how, 'destroyed after', bytes >= 48, 'readable', c.readable);
      }
    });
    c.on('end', () => console.log(how, 'end'));
    c.on('error', (e) => console.log(how, 'error', e.code));
    const done = () => {
      console.log(how, 'got at least 48:', bytes >= 48, 'more than 48 beyond a chunk:', bytes > 48 + 32,
        'chunks > 0:', chunks > 0);
      c.destroy();
      server.close(next);
    };
    c.on('close', (hadError) => {
      console.log(how, 'close', hadError);
      done();
    });
  });
}

run('first', () => run('second', () => console.log('done')));
