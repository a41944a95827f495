// An 'error' with no listener is an uncaught exception: the process exits
// with code 1 (the seed's multi-process example relies on this when two
// children listen on the same port).
const net = require('net');

process.on('exit', (code) => console.log('exit code', code));
const first = net.createServer().listen(0, '127.0.0.1', () => {
  console.log('first listening');
  net.createServer().listen(first.address().port, '127.0.0.1');
});
