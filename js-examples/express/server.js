// An express app on a cluster: the primary forks WORKERS workers (one per
// CPU by default), each runs the same express app, and all serve HTTP on
// one port (8000, or PORT). SIGINT or SIGTERM disconnects the workers,
// which finish the requests in flight, then everything exits.
const cluster = require('cluster');
const os = require('os');

const port = Number(process.env.PORT || 8000);

if (cluster.isPrimary) {
  const n = Number(process.env.WORKERS || os.availableParallelism?.() || os.cpus().length);
  for (let i = 0; i < n; i++) cluster.fork();
  let listening = 0;
  cluster.on('listening', () => {
    if (++listening === n) console.log(`primary ${process.pid}: ${n} workers on http://127.0.0.1:${port}/`);
  });
  cluster.on('exit', (worker, code, signal) => {
    console.log(`worker ${worker.id} exited (${signal || code})`);
  });
  const stop = () => cluster.disconnect(() => console.log('all workers disconnected'));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else {
  const express = require('express');
  const app = express();
  app.use(express.json());
  app.get('/', (req, res) => res.send(`Hello from worker ${cluster.worker.id}\n`));
  app.get('/users/:id', (req, res) => res.json({ id: req.params.id, query: req.query, worker: cluster.worker.id }));
  app.post('/echo', (req, res) => res.status(201).json({ got: req.body }));
  app.use((req, res) => res.status(404).json({ error: `no route for ${req.method} ${req.path}` }));
  app.listen(port);
}
