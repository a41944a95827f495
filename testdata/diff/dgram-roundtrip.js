// UDP round trips: udp4 and udp6 echo, rinfo fields, the send callback's
// byte count, buffer lists, offset/length, empty datagrams, and an implicit
// bind on first send.
const dgram = require('dgram');

function echoServer(type, host, cb) {
  const s = dgram.createSocket(type);
  s.on('message', (msg, rinfo) => {
    s.send([Buffer.from('echo:'), msg], rinfo.port, rinfo.address);
  });
  s.bind(0, host, () => cb(s));
}

function roundTrip(type, host, next) {
  echoServer(type, host, (server) => {
    const a = server.address();
    console.log(type, 'server bound', a.address, a.family, a.port > 0);
    const c = dgram.createSocket(type);
    const payloads = [['hello'], [Buffer.from('xxabcxx'), 2, 3], [[Buffer.from('a'), 'b', new Uint8Array([99])]], ['']];
    const got = [];
    c.on('message', (msg, rinfo) => {
      got.push(`${JSON.stringify(String(msg))} size=${rinfo.size} family=${rinfo.family} from=${rinfo.address} portOk=${rinfo.port === a.port}`);
      if (got.length === payloads.length) {
        console.log(got.sort().join('\n'));
        c.close(() => server.close(next));
      }
    });
    for (const p of payloads) {
      const args = p.length === 3 ? [p[0], p[1], p[2], a.port, host] : [p[0], a.port, host];
      c.send(...args, (err, bytes) => console.log(type, 'sent', err, bytes));
    }
  });
}

roundTrip('udp4', '127.0.0.1', () => roundTrip('udp6', '::1', () => console.log('done')));
