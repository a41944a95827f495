// dgram errors: bad socket types, EADDRINUSE on bind (as an 'error' event),
// binding twice, using a closed socket, connect/disconnect misuse, and bad
// send arguments.
const dgram = require('dgram');

function sync(label, fn) {
  try {
    const r = fn();
    console.log(`${label}: no throw ${r === undefined ? '' : r}`);
  } catch (err) {
    console.log(`${label}: ${err.name} ${err.code} ${err.message}`);
  }
}

sync('bad type', () => dgram.createSocket('udp5'));
sync('no type', () => dgram.createSocket());
sync('bad lookup', () => dgram.createSocket({ type: 'udp4', lookup: 42 }));

const a = dgram.createSocket('udp4');
a.bind(0, '127.0.0.1', () => {
  const port = a.address().port;
  sync('bind twice', () => a.bind(0));
  sync('disconnect unconnected', () => a.disconnect());
  sync('remoteAddress unconnected', () => a.remoteAddress());
  sync('connect bad port', () => a.connect(0));
  sync('send bad port', () => a.send('x', 0, '127.0.0.1'));
  sync('send bad buffer', () => a.send(42, port, '127.0.0.1'));
  sync('send bad list', () => a.send([{}], port, '127.0.0.1'));
  sync('send offset out of range', () => a.send(Buffer.alloc(2), 3, 1, port, '127.0.0.1'));
  sync('setTTL string', () => a.setTTL('1'));
  sync('setTTL 0', () => a.setTTL(0));
  sync('setTTL 64', () => a.setTTL(64));
  sync('addMembership missing', () => a.addMembership());
  const b = dgram.createSocket('udp4');
  b.on('error', (err) => {
    console.log('bind error:', err.message === `bind EADDRINUSE 127.0.0.1:${port}`, err.code, err.errno, err.syscall,
      err.address, err.port === port, Object.keys(err).join());
    b.close();
    a.close(() => {
      console.log('closed');
      sync('address after close', () => a.address());
      sync('send after close', () => a.send('x', port, '127.0.0.1'));
      sync('close twice', () => a.close());
    });
  });
  b.bind(port, '127.0.0.1');
});
