// Sockets piped into sockets: an echo server (socket.pipe(socket)) and a
// proxy (client side piped into an upstream connection and back), with
// small and large transfers, a 'data' listener added to a piped socket
// midway, a timeout on a piped socket, unpipe, and the byte counts and
// events of every socket.
const net = require('net');

// Each socket's events in order; the order between sockets depends on
// timing, so each socket's lines are printed together.
const logs = new Map();
const log = {
  push(line) {
    const key = line.slice(0, line.indexOf(':'));
    if (!logs.has(key)) logs.set(key, []);
    logs.get(key).push(line);
  },
};

// noise is n bytes from a fixed pseudo-random sequence.
function noise(n) {
  const b = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = x >> 16;
  }
  return b;
}

function echoServer(onSocket) {
  return net.createServer((s) => {
    if (onSocket) onSocket(s);
    s.pipe(s);
  });
}

// exchange writes n messages one after the other, each once the previous
// one has come back whole; then a big one; then ends.
function exchange(port, label, n, bigSize, done) {
  const c = net.connect(port, '127.0.0.1');
  let expect = null;
  let got = [];
  let gotLen = 0;
  let i = 0;
  const big = noise(bigSize);
  const next = () => {
    if (i < n) {
      expect = Buffer.from(`${label} message ${i++};`);
    } else if (i === n) {
      i++;
      expect = big;
    } else {
      c.end();
      return;
    }
    got = [];
    gotLen = 0;
    c.write(expect);
  };
  c.on('connect', next);
  c.on('data', (d) => {
    got.push(d);
    gotLen += d.length;
    if (gotLen < expect.length) return;
    if (!Buffer.concat(got).equals(expect)) log.push(`${label}: mismatch at ${i}`);
    next();
  });
  c.on('end', () => log.push(`${label}: end`));
  c.on('close', () => {
    log.push(`${label}: close read=${c.bytesRead} written=${c.bytesWritten}`);
    done();
  });
}

function echo(next) {
  let sock;
  const server = echoServer((s) => {
    sock = s;
    s.on('end', () => log.push(`echo-server: end read=${s.bytesRead}`));
    s.on('close', () => log.push(`echo-server: close read=${s.bytesRead} written=${s.bytesWritten}`));
  });
  server.listen(0, '127.0.0.1', () => {
    exchange(server.address().port, 'echo', 200, 4 << 20, () => server.close(next));
  });
  return sock;
}

// The proxy pipes each client into a new upstream connection and back.
function proxy(next) {
  const upstream = echoServer();
  upstream.listen(0, '127.0.0.1', () => {
    const front = net.createServer((s) => {
      const up = net.connect(upstream.address().port, '127.0.0.1');
      s.pipe(up).pipe(s);
      s.on('close', () => log.push(`proxy-front: close read=${s.bytesRead} written=${s.bytesWritten}`));
      up.on('close', () => log.push(`proxy-up: close read=${up.bytesRead} written=${up.bytesWritten}`));
    });
    front.listen(0, '127.0.0.1', () => {
      exchange(front.address().port, 'proxy', 100, 2 << 20, () => {
        front.close(() => upstream.close(next));
      });
    });
  });
}

// A listener added to a piped socket sees the chunks from then on; a
// timeout set on one fires once it is idle; unpipe stops the echo.
function changes(next) {
  const server = net.createServer((s) => {
    s.pipe(s);
    let seen = 0;
    s.once('data', () => {
      // From the second message on, count what the piped socket reads.
      s.on('data', (d) => {
        seen += d.length;
      });
    });
    s.setTimeout(50, () => {
      log.push(`changes: timeout seen=${seen}`);
      s.unpipe(s);
      s.write('unpiped;');
      // unpipe paused the socket.
      s.once('data', (d) => {
        log.push(`changes: after unpipe got ${d} flowing=${s.readableFlowing}`);
        s.end();
      });
      log.push(`changes: flowing after unpipe ${s.readableFlowing}`);
      s.resume();
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    let n = 0;
    c.on('connect', () => c.write('m0;'));
    c.on('data', (d) => {
      log.push(`changes: client got ${d}`);
      if (++n < 3) c.write(`m${n};`);
      else if (String(d) === 'unpiped;') c.write('last');
    });
    c.on('close', () => {
      log.push(`changes: client close read=${c.bytesRead} written=${c.bytesWritten}`);
      server.close(next);
    });
  });
}

echo(() => proxy(() => changes(() => {
  for (const key of [...logs.keys()].sort()) console.log(logs.get(key).join('\n'));
})));
