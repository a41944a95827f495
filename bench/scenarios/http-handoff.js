// The seed's handle-passing design (js-examples/handle-children-http): the
// parent listens, hands the listening handle to two children and closes its
// own server; each child serves HTTP on the connections it accepts through
// server.emit('connection', socket). Driven by wrk (keep-alive, 2 threads,
// 64 connections, 3 s): requests/s, p99 latency, and the CPU time of the
// parent and the children per request (wrk's own CPU excluded). Without wrk
// on PATH the scenario reports nothing.
const http = require('http');
const net = require('net');
const { fork } = require('child_process');
const { wrk, cpuTicks, summary } = require('./lib/wrk.js');

if (process.argv[2] === 'child') {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('handled by child ' + process.pid);
  });
  process.on('message', (m, tcp) => {
    if (m === 'server') {
      tcp.on('connection', (socket) => server.emit('connection', socket));
      process.send('ready');
    } else if (m === 'stop') {
      process.exit(0);
    }
  });
  return;
}




const children = [fork(__filename, ['child']), fork(__filename, ['child'])];
const ready = children.map((child) => new Promise((resolve) => child.once('message', resolve)));
const server = net.createServer();
server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  for (const child of children) child.send('server', server);
  server.close();
  await Promise.all(ready);
  await wrk(['-t1', '-c16', '-d1s', url]); // warm-up
  const pids = [process.pid, ...children.map((c) => c.pid)];
  const before = pids.map(cpuTicks);
  const out = await wrk(['-t2', '-c64', '-d3s', '--latency', url]);
  const ticks = pids.map(cpuTicks).reduce((sum, t, i) => sum + t - before[i], 0);
  for (const child of children) child.send('stop');
  if (out === null) {
    console.error('http-handoff: wrk not found, nothing measured');
    return;
  }
  const { requests, rps, p99 } = summary(out);
  console.log(`BENCH http_handoff ${rps.toFixed(0)} req_per_s higher`);
  console.log(`BENCH http_handoff_p99 ${p99.toFixed(2)} ms lower`);
  console.log(`BENCH http_handoff_cpu ${((ticks * 10000) / requests).toFixed(1)} us_per_req lower`);
});
