'use strict';
// A primary forking WORKERS workers that serve HTTP on one port (PORT, or 0).
// WORKER_EXEC, if set, is the runtime the workers run (process.execPath at
// fork time, as node allows). Lines on stdout: "port P" once every worker
// listens on P; "exit ID CODE SIGNAL EXITEDAFTERDISCONNECT" per worker exit;
// "disconnected" when SIGTERM made the primary disconnect every worker.
// A request to /slow answers "part1", tells the primary "inflight", and
// finishes ("part2") when the primary says "finish": the primary first
// disconnects that worker, so the request is in flight during the
// disconnect. A request to /hold answers "held ID " and finishes
// ("released") once some worker has exited.
const cluster = require('cluster');
const http = require('http');

if (cluster.isWorker) {
  const { id } = cluster.worker;
  const held = [];
  process.on('message', (m) => {
    if (m === 'release') for (const res of held.splice(0)) res.end('released');
  });
  const server = http.createServer((req, res) => {
    if (req.url === '/hold') {
      res.write(`held ${id} `);
      held.push(res);
      return;
    }
    if (req.url === '/slow') {
      res.write('part1');
      process.once('message', (m) => {
        if (m === 'finish') res.end('part2');
      });
      process.send('inflight');
      return;
    }
    res.end(`${id} ${process.pid} ${typeof process.versions.gonode === 'string' ? 'gonode' : 'node'}`);
  });
  server.on('error', (err) => {
    process.send({ error: err.code, syscall: err.syscall });
  });
  server.listen(Number(process.env.PORT || 0), process.env.HOST);
  return;
}

if (process.env.WORKER_EXEC) process.execPath = process.env.WORKER_EXEC;
cluster.setupPrimary({ execArgv: [] });
const n = Number(process.env.WORKERS || 2);
const ports = new Set();
let listening = 0;
cluster.on('listening', (w, address) => {
  ports.add(address.port);
  if (++listening === n) console.log(ports.size === 1 ? `port ${address.port}` : `ports differ ${[...ports]}`);
});
cluster.on('message', (w, m) => {
  if (m === 'inflight') {
    w.disconnect();
    w.send('finish');
  } else if (m && m.error) {
    console.log(`error ${w.id} ${m.error} ${m.syscall}`);
  }
});
cluster.on('exit', (w, code, signal) => {
  console.log(`exit ${w.id} ${code} ${signal} ${w.exitedAfterDisconnect}`);
  for (const other of Object.values(cluster.workers)) other.send('release');
});
process.on('SIGTERM', () => cluster.disconnect(() => console.log('disconnected')));
for (let i = 0; i < n; i++) cluster.fork();
