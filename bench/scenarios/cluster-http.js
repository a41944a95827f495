// HTTP throughput of a cluster (round robin) with 1 and 2 workers, driven by
// wrk (keep-alive, 2 threads, 64 connections, 3 s), and the CPU time the
// primary and the workers spend per request (wrk's own CPU excluded).
// Without wrk on PATH the scenario reports nothing.
const cluster = require('cluster');
const http = require('http');
const { wrk, cpuTicks, summary } = require('./lib/wrk.js');

if (cluster.isWorker) {
  http.createServer((req, res) => res.end('Hello from a worker\n')).listen(0);
  return;
}

cluster.schedulingPolicy = cluster.SCHED_RR;



async function measure(n) {
  const workers = [];
  for (let i = 0; i < n; i++) workers.push(cluster.fork());
  const infos = await Promise.all(workers.map((w) => new Promise((resolve) => w.once('listening', (a) => resolve(a)))));
  const url = `http://127.0.0.1:${infos[0].port}/`;
  await wrk(['-t1', '-c16', '-d1s', url]); // warm-up
  const pids = [process.pid, ...workers.map((w) => w.process.pid)];
  const before = pids.map(cpuTicks);
  const out = await wrk(['-t2', '-c64', '-d3s', url]);
  const ticks = pids.map(cpuTicks).reduce((sum, t, i) => sum + t - before[i], 0);
  await new Promise((resolve) => cluster.disconnect(resolve));
  if (out === null) return false;
  const { requests, rps } = summary(out);
  console.log(`BENCH http_${n}w ${rps.toFixed(0)} req_per_s higher`);
  console.log(`BENCH http_${n}w_cpu ${((ticks * 10000) / requests).toFixed(1)} us_per_req lower`);
  return true;
}

(async () => {
  if (!(await measure(1))) {
    console.error('cluster-http: wrk not found, nothing measured');
    return;
  }
  await measure(2);
})();
