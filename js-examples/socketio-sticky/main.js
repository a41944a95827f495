// socket.io on a cluster, as its documentation sets it up: the primary's
// http.Server accepts every connection and @socket.io/sticky hands each one
// (the socket itself, over IPC) to the worker that holds its session, so
// that the long-polling requests of a session and its WebSocket upgrade all
// reach one worker; @socket.io/cluster-adapter carries broadcasts between
// the workers over IPC. Six clients connect (long-polling first, then the
// upgrade), each checks that its worker answers its acknowledgements, and
// one broadcast reaches all six across both workers.
const cluster = require('cluster');
const http = require('http');
const { Server } = require('socket.io');
const { setupMaster, setupWorker } = require('@socket.io/sticky');
const { createAdapter, setupPrimary } = require('@socket.io/cluster-adapter');

const clients = 6;

if (cluster.isPrimary) {
  const httpServer = http.createServer();
  setupMaster(httpServer, { loadBalancingMethod: 'round-robin' });
  setupPrimary();
  // The sticky module sends the first bytes of each connection as a
  // Buffer: the workers' channel needs the advanced serialization.
  cluster.setupPrimary({ serialization: 'advanced' });
  httpServer.listen(0, '127.0.0.1', async () => {
    const { port } = httpServer.address();
    const workers = [cluster.fork(), cluster.fork()];
    await Promise.all(workers.map((w) => new Promise((resolve) => {
      w.on('message', (m) => m === 'up' && resolve());
    })));
    const { io } = require('socket.io-client');
    const sockets = [];
    const acks = [];
    const workersSeen = new Set();
    let broadcasts = 0;
    const done = () => {
      console.log('acknowledgements', acks.length, acks.every(Boolean) ? 'all from the session\'s worker' : 'WRONG');
      console.log('workers serving sessions', workersSeen.size);
      console.log('transports', [...new Set(sockets.map((s) => s.io.engine.transport.name))].join());
      console.log('broadcast reached', broadcasts, 'clients');
      for (const s of sockets) s.close();
      for (const w of workers) w.kill();
      httpServer.close();
    };
    for (let i = 0; i < clients; i++) {
      const socket = io(`http://127.0.0.1:${port}`, { transports: ['polling', 'websocket'], forceNew: true });
      sockets.push(socket);
      socket.on('hello', (worker) => {
        workersSeen.add(worker);
        const check = () => socket.emit('ping', i, (reply) => {
          acks.push(reply.i === i && reply.worker === worker);
          if (acks.length === clients) sockets[0].emit('broadcast', 'to all');
        });
        // Ask once the upgrade to WebSocket is done, so that the answer
        // comes over it.
        if (socket.io.engine.transport.name === 'websocket') check();
        else socket.io.engine.once('upgrade', check);
      });
      socket.on('news', () => {
        if (++broadcasts === clients) done();
      });
    }
  });
} else {
  const httpServer = http.createServer();
  const io = new Server(httpServer);
  io.adapter(createAdapter());
  setupWorker(io);
  io.on('connection', (socket) => {
    socket.emit('hello', cluster.worker.id);
    socket.on('ping', (i, ack) => ack({ i, worker: cluster.worker.id }));
    socket.on('broadcast', (m) => io.emit('news', m));
  });
  process.send('up');
}
