'use strict';
// cluster and UDP: workers' dgram sockets bound through the primary share
// one socket under either policy (UDP is never round-robin); datagrams
// reach them; a bound port gives EADDRINUSE.
const cluster = require('cluster');
const dgram = require('dgram');

if (cluster.isWorker) {
  const sockets = [];
  process.on('message', (m) => {
    if (m.bind !== undefined) {
      const socket = dgram.createSocket('udp4');
      sockets.push(socket);
      socket.on('message', (msg) => process.send({ got: `${msg}` }));
      socket.on('error', (err) => {
        sockets.splice(sockets.indexOf(socket), 1);
        process.send({ error: err.code, syscall: err.syscall, address: err.address });
      });
      socket.bind(m.bind, '127.0.0.1', () => process.send({ port: socket.address().port }));
    } else if (m === 'close') {
      let left = sockets.length;
      for (const s of sockets) s.close(() => --left === 0 && process.send('closed'));
    }
  });
  return;
}

cluster.schedulingPolicy = cluster.SCHED_RR;
const w = [cluster.fork(), cluster.fork()];
const log = [];
const infos = [];
cluster.on('listening', (worker, info) => infos.push(info));

function ask(worker, message, pred) {
  return new Promise((resolve) => {
    worker.on('message', function onMessage(m) {
      if (!pred(m)) return;
      worker.removeListener('message', onMessage);
      resolve(m);
    });
    worker.send(message);
  });
}

async function main() {
  const ports = await Promise.all(w.map((worker) => ask(worker, { bind: 0 }, (m) => m.port !== undefined)));
  log.push(`same port ${ports[0].port === ports[1].port}`);
  const sender = dgram.createSocket('udp4');
  const got = new Promise((resolve) => {
    cluster.on('message', (worker, m) => {
      if (m.got) resolve(m.got);
    });
  });
  sender.send('ping', ports[0].port, '127.0.0.1');
  log.push(`a worker got ${await got}`);
  sender.close();

  const holder = dgram.createSocket('udp4');
  await new Promise((resolve) => holder.bind(0, '127.0.0.1', resolve));
  log.push(`taken: ${JSON.stringify(await ask(w[0], { bind: holder.address().port }, (m) => m.error))}`);
  holder.close();

  await Promise.all(w.map((worker) => ask(worker, 'close', (m) => m === 'closed')));
  cluster.disconnect(() => {
    console.log(log.join('\n'));
    console.log('listening events', infos.length, infos.map((i) => `${i.addressType} ${i.address} ${typeof i.port} ${i.fd}`).join('; '));
  });
}
main();
