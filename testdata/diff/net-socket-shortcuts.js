// The cases around a socket's read and write shortcuts: chunks handed to
// 'data' while the socket flows, and write() going straight to the handle.
// Each step runs once the previous one is done.
const net = require('net');

const write = net.Socket.prototype.write;
console.log('write shape', JSON.stringify(write.name), write.length, typeof write);

// server answers every chunk it reads with what the test asks for.
function withPair(onServer, run) {
  return new Promise((resolve) => {
    const server = net.createServer((s) => onServer(s));
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      c.on('error', (e) => console.log('client error', e.code));
      run(c, () => { c.destroy(); server.close(resolve); });
    });
  });
}

const echo = (s) => { s.on('error', () => {}); s.pipe(s); };

function throwingListener() {
  return withPair(echo, (c, done) => {
    const onUncaught = (e) => {
      process.removeListener('uncaughtException', onUncaught);
      const rs = c._readableState;
      console.log('uncaught', e.message, 'reading', rs.reading, 'dataEmitted', rs.dataEmitted, 'flowing', rs.flowing);
      c.removeAllListeners('data');
      c.on('data', (d) => { console.log('after the throw', String(d)); done(); });
      c.write('second');
    };
    process.on('uncaughtException', onUncaught);
    c.once('data', (d) => { throw new Error('thrown by data ' + d); });
    c.write('first');
  });
}

function pauseInListener() {
  return withPair(echo, (c, done) => {
    let got = '';
    c.on('data', (d) => {
      got += d;
      c.pause();
      console.log('paused in data', JSON.stringify(String(d)), 'flowing', c._readableState.flowing, 'reading', c._readableState.reading);
      if (got.length >= 6) { done(); return; }
      setImmediate(() => { c.resume(); c.write('def'); });
    });
    c.write('abc');
  });
}

function encoded() {
  return withPair(echo, (c, done) => {
    c.setEncoding('hex');
    c.on('data', (d) => { console.log('hex data', typeof d, d); done(); });
    c.write('hi');
  });
}

function withTimeout() {
  return withPair(echo, (c, done) => {
    let n = 0;
    c.setTimeout(5000, () => console.log('timeout fired with', n, 'round trips'));
    c.on('data', () => {
      if (++n === 50) { console.log('round trips under a timeout', n); c.setTimeout(0); done(); return; }
      c.write('x');
    });
    c.write('x');
  });
}

function writes() {
  return withPair(echo, (c, done) => {
    let got = '';
    c.on('data', (d) => {
      got += d;
      if (got.length === 12) { console.log('echoed', got); done(); }
    });
    console.log('write returns', c.write('abc'), c.write(Buffer.from('def')), c.write('ghi', 'latin1'),
      c.write(new Uint8Array([106, 107, 108])));
    for (const bad of [123, {}, null]) {
      try { c.write(bad); } catch (e) { console.log('bad chunk', e.code); }
    }
    c.write('', () => console.log('empty write callback'));
  });
}

function backpressure() {
  let received = 0;
  return withPair((s) => {
    s.pause();
    s.on('data', (d) => { received += d.length; });
    setTimeout(() => s.resume(), 50);
    s.on('end', () => { console.log('server received', received); s.end(); });
  }, (c, done) => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let n = 0;
    let falses = 0;
    const pump = () => {
      while (n < 100) {
        n++;
        if (!c.write(chunk)) { falses++; c.once('drain', pump); return; }
      }
      console.log('wrote', n, 'chunks; write returned false at least once:', falses > 0);
      c.end();
      c.on('close', () => { console.log('bytesWritten', c.bytesWritten); done(); });
      c.resume();
    };
    pump();
  });
}

(async () => {
  await throwingListener();
  await pauseInListener();
  await encoded();
  await withTimeout();
  await writes();
  await backpressure();
  console.log('done');
})();
