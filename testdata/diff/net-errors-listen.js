// listen() errors: EADDRINUSE as an 'error' event (message and properties),
// listening twice, bad ports and options, close() of a server not running.
const net = require('net');

function show(label, err) {
  const props = {};
  for (const k of Object.keys(err)) props[k] = err[k];
  console.log(`${label}: ${err.name} ${err.message} ${JSON.stringify(props)}`);
}

function sync(label, fn) {
  try {
    fn();
    console.log(`${label}: no throw`);
  } catch (err) {
    show(label, err);
  }
}

const first = net.createServer();
first.listen(0, '127.0.0.1', () => {
  const port = first.address().port;
  sync('listen twice', () => first.listen(0));
  const second = net.createServer();
  second.on('error', (err) => {
    console.log(err.message === `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    console.log(err.code, err.errno, err.syscall, err.address, err.port === port, Object.keys(err).join());
    console.log('listening after error:', second.listening, second.address());
    sync('bad port', () => net.createServer().listen(65536));
    sync('negative port', () => net.createServer().listen({ port: -1 }));
    sync('port type', () => net.createServer().listen({ port: true }));
    sync('no port or path', () => net.createServer().listen({ host: 'localhost' }));
    sync('bad options', () => net.createServer(42));
    net.createServer().close((err) => {
      show('close not running', err);
      first.close(() => console.log('closed; listening =', first.listening));
    });
  });
  second.listen(port, '127.0.0.1');
});
