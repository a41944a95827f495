// A destroyed socket's 'close' comes in the loop's closing phase: after the
// immediates and before the next iteration's timers, as libuv runs close callbacks.
const net = require('net');
const server = net.createServer((c) => c.end()).listen(0, '127.0.0.1', () => {
  const s = net.connect(server.address().port, '127.0.0.1', () => {
    s.on('close', () => { console.log('close'); server.close(); });
    process.nextTick(() => console.log('tick'));
    setImmediate(() => console.log('immediate'));
    const end = Date.now() + 5; while (Date.now() < end);
    setTimeout(() => console.log('timeout'), 0);
    s.destroy();
  });
});
