'use strict';
// Workers sharing one UDP socket take only the datagrams they deliver:
// each closes its socket after its tenth, and the others receive the rest,
// so 30 datagrams reach three workers ten apiece (a worker that read ahead
// would lose datagrams on close and leave the others waiting).
const cluster = require('cluster');
const dgram = require('dgram');

const WORKERS = 3;
const EACH = 10;

if (cluster.isWorker) {
  const socket = dgram.createSocket('udp4');
  let received = 0;
  socket.on('message', (msg) => {
    if (`${msg}` !== 'ping') throw new Error(`unexpected datagram ${msg}`);
    if (++received === EACH) {
      socket.close();
      process.send({ received });
    }
  });
  socket.bind(0, '127.0.0.1');
  return;
}

let listening = 0;
const counts = [];
for (let i = 0; i < WORKERS; i++) {
  const worker = cluster.fork();
  worker.on('message', (m) => {
    counts.push(m.received);
    worker.disconnect();
  });
}
cluster.on('listening', (worker, address) => {
  if (++listening < WORKERS) return;
  const client = dgram.createSocket('udp4');
  let sent = 0;
  const next = () => {
    if (sent++ === WORKERS * EACH) return client.close();
    client.send('ping', address.port, '127.0.0.1', next);
  };
  next();
});
let exited = 0;
cluster.on('exit', () => {
  if (++exited === WORKERS) console.log('received per worker', counts);
});
