// dgram socket options: reuseAddr lets two sockets bind one port, buffer
// sizes, broadcast/TTL/multicast setters, multicast membership on the
// loopback interface, udp6 defaults, and unref() letting the process exit.
const dgram = require('dgram');

const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
a.bind(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  b.bind(port, '127.0.0.1', () => {
    console.log('second bind on the same port ok', b.address().port === port);
    a.setRecvBufferSize(65536);
    console.log('recv buffer at least the size set', a.getRecvBufferSize() >= 65536);
    console.log('send buffer positive', a.getSendBufferSize() > 0);
    try {
      a.setRecvBufferSize(-1);
    } catch (e) {
      console.log('bad size:', e.code);
    }
    a.setBroadcast(true);
    console.log('ttl', a.setTTL(10), 'multicast ttl', a.setMulticastTTL(2), 'loopback', a.setMulticastLoopback(true));
    a.addMembership('239.1.2.3', '127.0.0.1');
    a.dropMembership('239.1.2.3', '127.0.0.1');
    try {
      a.addMembership('not-an-ip');
    } catch (e) {
      console.log('bad group:', e.code, e.syscall);
    }
    console.log('queue', a.getSendQueueSize(), a.getSendQueueCount());
    b.close();
    a.close(() => {
      const six = dgram.createSocket('udp6');
      six.bind(0, () => {
        const addr = six.address();
        console.log('udp6 default bind', addr.address, addr.family);
        six.close();
        // An unref'd bound socket does not keep the process alive.
        const idle = dgram.createSocket('udp4');
        idle.bind(0, () => {
          idle.unref();
          console.log('unref done');
        });
      });
    });
  });
});
process.on('exit', () => console.log('exit'));
