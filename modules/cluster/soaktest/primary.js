'use strict';
// The soak's cluster: a primary forking SOAK_WORKERS workers that serve HTTP
// on one port (port 0: every worker gets the same one) and re-forking each
// worker that exits, until SIGTERM. Each answer is the worker's id. Lines on
// stdout: "listening ID PID PORT" when a worker listens, "exit ID CODE
// SIGNAL" when one exits, "disconnected" once SIGTERM has disconnected all.
const cluster = require('cluster');
const http = require('http');

if (cluster.isWorker) {
  const body = String(cluster.worker.id);
  http.createServer((req, res) => {
    res.setHeader('content-length', body.length);
    res.end(body);
  }).listen(0, '127.0.0.1');
  return;
}

cluster.setupPrimary({ execArgv: [] });
let stopping = false;
cluster.on('listening', (w, address) => console.log(`listening ${w.id} ${w.process.pid} ${address.port}`));
cluster.on('exit', (w, code, signal) => {
  console.log(`exit ${w.id} ${code} ${signal}`);
  if (!stopping) cluster.fork();
});
process.on('SIGTERM', () => {
  stopping = true;
  cluster.disconnect(() => console.log('disconnected'));
});
for (let i = 0; i < Number(process.env.SOAK_WORKERS || 2); i++) cluster.fork();
