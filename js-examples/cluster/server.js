// A cluster: the primary forks one worker per CPU, and every worker serves
// HTTP on the same port. SIGINT or SIGTERM disconnects the workers, which
// finish the requests in flight, then everything exits.
const cluster = require('cluster');
const http = require('http');
const os = require('os');

const port = Number(process.env.PORT || 8000);

if (cluster.isPrimary) {
  const n = Number(process.env.WORKERS || os.availableParallelism?.() || os.cpus().length);
  console.log(`primary ${process.pid}: ${n} workers on http://127.0.0.1:${port}/`);
  for (let i = 0; i < n; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    console.log(`worker ${worker.id} exited (${signal || code})`);
  });
  const stop = () => cluster.disconnect(() => console.log('all workers disconnected'));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else {
  http.createServer((req, res) => {
    res.end(`Hello from worker ${cluster.worker.id}\n`);
  }).listen(port);
}
