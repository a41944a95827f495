// A lookup that answers an unknown address family fails the connect with
// ERR_INVALID_ADDRESS_FAMILY, carrying host and port as node's does.
const net = require('net');
const s = net.connect({ host: 'localhost', port: 0, lookup: (h, o, cb) => o.all ? cb(null, [{ address: '127.0.0.1', family: 100 }]) : cb(null, '127.0.0.1', 100) });
s.on('error', (e) => { console.log(e.name, e.code, e.message, e.host, e.port, Object.keys(e), e instanceof RangeError, String(e)); console.log(require('util').inspect(e).split('\n')[0]); });
