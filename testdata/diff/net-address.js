// Server and socket addresses: listen(0) with no host binds the IPv6 any
// address (dual stack), IPv4 clients appear as IPv4-mapped addresses;
// explicit hosts, localhost, and address() before listening.
const net = require('net');

function norm(a) {
  if (a === null || typeof a !== 'object') return a;
  return { ...a, port: a.port > 0 ? 'ephemeral' : a.port };
}

const steps = [
  (next) => {
    const s = net.createServer();
    console.log('before listen', s.address(), s.listening);
    s.listen(0, () => {
      console.log('listen(0):', norm(s.address()), s.listening);
      let serverSide;
      const c = net.connect(s.address().port, '127.0.0.1', () => {
        console.log('client local', c.localAddress, c.localFamily, 'remote', c.remoteAddress, c.remoteFamily);
        c.end();
      });
      s.once('connection', (sock) => {
        serverSide = `server side remote ${sock.remoteAddress} ${sock.remoteFamily} local ${sock.localAddress}`;
        sock.on('end', () => sock.end());
      });
      c.on('close', () => s.close(() => {
        console.log(serverSide);
        next();
      }));
    });
  },
  (next) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      console.log('127.0.0.1:', norm(s.address()));
      s.close(next);
    });
  },
  (next) => {
    const s = net.createServer().listen({ port: 0, host: '::1' }, () => {
      console.log('::1:', norm(s.address()));
      const c = net.connect({ port: s.address().port, host: '::1' }, () => {
        console.log('v6 client', c.remoteAddress, c.remoteFamily, c.localFamily);
        c.destroy();
        s.close(next);
      });
    });
  },
  (next) => {
    const s = net.createServer().listen({ port: 0, host: 'localhost' }, () => {
      console.log('localhost:', norm(s.address()));
      s.close(next);
    });
  },
  (next) => {
    const s = net.createServer().listen({ port: 0, host: '::', ipv6Only: true }, () => {
      console.log('ipv6Only:', norm(s.address()));
      const c = net.connect(s.address().port, '127.0.0.1');
      c.on('error', (err) => {
        console.log('v4 client to ipv6Only server:', err.code);
        s.close(next);
      });
    });
  },
  (next) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1');
    console.log('listening synchronously after listen():', s.listening, s.address() !== null);
    s.on('listening', () => s.close(next));
  },
];

(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);
