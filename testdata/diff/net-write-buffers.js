// Writing Buffers to a connected socket: write()'s return value, the
// writable state and byte counts after writes the kernel takes at once and
// after one it cannot take (the peer is not reading), 'drain', the order of
// the bytes when writes of every kind are mixed, and writes after the peer
// has gone.
const net = require('net');

const log = [];
const big = Buffer.alloc(8 << 20, 'b');

function state(s) {
  return `writableLength=${s.writableLength} needDrain=${s.writableNeedDrain} bytesWritten=${s.bytesWritten}`;
}

const server = net.createServer((s) => {
  s.pause();
  const chunks = [];
  let total = 0;
  s.on('data', (d) => {
    chunks.push(d);
    total += d.length;
  });
  s.on('end', () => {
    const all = Buffer.concat(chunks);
    log.push(`server read ${total} bytes`);
    // The small writes come first, then the big one, then the rest in order.
    log.push(`head ${all.subarray(0, 44).toString()}`);
    log.push(`big intact ${all.subarray(44, 44 + big.length).equals(big)}`);
    log.push(`tail ${all.subarray(44 + big.length).toString()}`);
    s.end();
  });
  ready(() => s.resume());
});

// ready runs the server's resume once the client has written (both sides
// must be connected; their callbacks may come in either order).
let waiting = 2;
let resumeReader;
function ready(fn) {
  if (fn) resumeReader = fn;
  if (--waiting === 0) resumeReader();
}

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('connect', () => {
    log.push(`connected ${state(c)}`);
    for (let i = 0; i < 4; i++) {
      log.push(`write small ${c.write(Buffer.from(`chunk${i}-xx;`))} ${state(c)}`);
    }
    log.push(`write u8 ${c.write(new Uint8Array([65, 66, 67, 59]))} ${state(c)}`);
    log.push(`write big ${c.write(big)} ${state(c)}`);
    // Behind the big write: queued in order, whatever their kind.
    log.push(`write queued ${c.write(Buffer.from('after1;'))} ${state(c)}`);
    log.push(`write string ${c.write('after2;')} ${state(c)}`);
    log.push(`write cb ${c.write(Buffer.from('after3;'), () => log.push('cb after3'))}`);
    c.once('drain', () => {
      log.push(`drain ${state(c)}`);
      log.push(`write after drain ${c.write(Buffer.from('last;'))}`);
      c.end(() => log.push(`end cb ${state(c)}`));
    });
    ready();
  });
  c.on('finish', () => log.push('finish'));
  c.on('close', () => {
    log.push(`close bytesWritten=${c.bytesWritten}`);
    server.close(afterPeerGone);
  });
  c.resume();
});

// Writes to a socket (half-open) whose peer has closed: the first ones may
// still be taken by the kernel, then one fails and the socket is destroyed.
function afterPeerGone() {
  const srv = net.createServer((s) => s.destroy());
  srv.listen(0, '127.0.0.1', () => {
    const c = net.connect({ port: srv.address().port, host: '127.0.0.1', allowHalfOpen: true });
    c.on('error', (err) => log.push(`error ${err.code === 'EPIPE' || err.code === 'ECONNRESET'} ${err.syscall}`));
    c.on('close', (hadError) => {
      log.push(`closed hadError=${hadError} destroyed=${c.destroyed}`);
      srv.close(() => console.log(log.join('\n')));
    });
    c.on('end', () => {
      const buf = Buffer.alloc(1024, 'z');
      const more = () => {
        if (c.destroyed) return;
        c.write(buf);
        setImmediate(more);
      };
      more();
    });
    c.resume();
  });
}
