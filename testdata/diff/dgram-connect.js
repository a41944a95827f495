// Connected UDP sockets: connect() with and without a callback, send()
// without an address, remoteAddress(), the errors for an address on a
// connected socket, disconnect(), and ECONNREFUSED from a closed port.
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => server.send(`re:${msg}`, rinfo.port, rinfo.address));
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = dgram.createSocket('udp4');
  c.connect(port, '127.0.0.1', (err) => {
    console.log('connected', err, c.remoteAddress().port === port, c.remoteAddress().family);
    try {
      c.connect(port);
    } catch (e) {
      console.log('connect twice:', e.code);
    }
    try {
      c.send(Buffer.from('x'), 0, 1, port, '127.0.0.1');
    } catch (e) {
      console.log('send with address:', e.code);
    }
    c.send('one', (e, n) => console.log('sent', e, n));
  });
  c.once('message', (msg) => {
    console.log('got', String(msg));
    c.disconnect();
    try {
      c.remoteAddress();
    } catch (e) {
      console.log('after disconnect:', e.code);
    }
    // A port with nothing bound: connected sockets see ICMP port unreachable.
    const probe = dgram.createSocket('udp4');
    probe.bind(0, '127.0.0.1', () => {
      const dead = probe.address().port;
      probe.close(() => {
        const d = dgram.createSocket('udp4');
        d.on('connect', () => {
          d.send('anyone?');
        });
        d.on('error', (e) => {
          console.log('error', e.code, e.syscall, e.message);
          d.close();
          c.close();
          server.close(() => console.log('done'));
        });
        d.connect(dead, '127.0.0.1');
      });
    });
  });
});
