// net.connect's onread option: chunks land in the user's buffer (at most
// its length per read) for the callback instead of 'data'; a function
// gives a buffer for each read; the callback returning false, or pause(),
// stops reading until resume(); the end and 'close' come as usual.
const net = require('net');
const message = Buffer.from('The quick brown fox jumps over the lazy dog');

function serve(cb) {
  const server = net.createServer((s) => { server.close(); s.end(message); });
  server.listen(0, '127.0.0.1', () => cb(server.address().port));
}

const cases = [
  (port, done) => {
    const buf = Buffer.alloc(8);
    const got = [];
    net.connect({ port, host: '127.0.0.1', onread: { buffer: buf, callback(n, b) { got.push(n, b === buf, this instanceof net.Socket); } } })
      .on('data', () => got.push('data!'))
      .on('end', () => got.push('end'))
      .on('close', () => { console.log('static', got.join(' ')); done(); });
  },
  (port, done) => {
    const pool = [Buffer.alloc(5), Buffer.alloc(16)];
    let i = 0;
    const got = [];
    net.connect({ port, host: '127.0.0.1', onread: { buffer: () => pool[i++ % 2], callback(n, b) { got.push(`${n}/${b.length}`); } } })
      .on('end', () => got.push('end'))
      .on('close', () => { console.log('generated', got.join(' ')); done(); });
  },
  (port, done) => {
    const buf = new Uint8Array(10);
    const parts = [];
    let paused = false;
    const sock = net.connect({ port, host: '127.0.0.1', onread: { buffer: buf, callback(n, b) {
      parts.push(`${paused ? 'PAUSED ' : ''}${Buffer.from(b.subarray(0, n))}`);
      paused = true;
      setTimeout(() => { paused = false; sock.resume(); }, 5);
      return false;
    } } });
    sock.on('end', () => { console.log('returns false', JSON.stringify(parts)); done(); });
  },
  (port, done) => {
    const buf = Buffer.alloc(12);
    const parts = [];
    let paused = false;
    const sock = net.connect({ port, host: '127.0.0.1', onread: { buffer: buf, callback(n) {
      parts.push(`${paused ? 'PAUSED ' : ''}${n}`);
      paused = true;
      this.pause();
      setTimeout(() => { paused = false; this.resume(); }, 5);
    } } });
    sock.on('end', () => { console.log('pause()', parts.join(' '), Object.keys(sock).includes('read')); done(); });
  },
  (port, done) => {
    // Not an onread: a buffer that is not a Uint8Array, or no callback.
    const got = [];
    net.connect({ port, host: '127.0.0.1', onread: { buffer: [1, 2], callback() { got.push('cb!'); } } })
      .on('data', (d) => got.push(`data ${d.length}`))
      .on('close', () => { console.log('ignored', got.join(' ')); done(); });
  },
];

(function next(i) {
  if (i === cases.length) return;
  serve((port) => cases[i](port, () => next(i + 1)));
})(0);
