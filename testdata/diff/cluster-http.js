'use strict';
// cluster servers under both scheduling policies (each run in a primary of
// its own): workers' listen(0) share one port; requests reach the workers;
// server.close() in a worker takes it out (the last one out closes the
// port); a port the primary holds gives the worker EADDRINUSE from bind;
// servers on a Unix socket path.
const cluster = require('cluster');
const http = require('http');
const net = require('net');
const path = require('path');
const fs = require('fs');
const os = require('os');

if (cluster.isWorker) {
  const { id } = cluster.worker;
  let server;
  process.on('message', (m) => {
    if (m.listen !== undefined) {
      server = http.createServer((req, res) => res.end(`worker ${id}`));
      server.on('error', (err) => process.send({
        error: err.code, syscall: err.syscall, errno: err.errno, address: err.address,
        message: err.message.replace(/:\d+$/, ':PORT'),
      }));
      server.listen(...m.listen);
    } else if (m === 'close') {
      server.close(() => process.send('closed'));
    }
  });
  return;
}

if (!process.env.CLUSTER_HTTP_POLICY) {
  const { execFileSync } = require('child_process');
  for (const policy of ['rr', 'none']) {
    const env = { ...process.env, CLUSTER_HTTP_POLICY: policy, NODE_CLUSTER_SCHED_POLICY: policy };
    console.log(`--- ${policy}`);
    process.stdout.write(execFileSync(process.execPath, [__filename], { env, encoding: 'utf8' }));
  }
  return;
}

const rr = cluster.schedulingPolicy === cluster.SCHED_RR;
console.log('round robin', rr);

function request(options) {
  return new Promise((resolve) => {
    http.get({ agent: false, ...options }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(body));
    }).on('error', (err) => resolve(err.code));
  });
}

// listening resolves with the 'listening' info of each worker (the
// primary's event, which follows the worker's own).
function listening(workers) {
  return Promise.all(workers.map((w) => new Promise((resolve) => w.once('listening', resolve))));
}

function next(w, pred) {
  return new Promise((resolve) => {
    w.on('message', function onMessage(m) {
      if (pred(m)) {
        w.removeListener('message', onMessage);
        resolve(m);
      }
    });
  });
}

async function main() {
  const workers = [cluster.fork(), cluster.fork()];
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once('online', resolve))));

  // Both workers listen on port 0 and get the same port.
  for (const w of workers) w.send({ listen: [0] });
  let infos = await listening(workers);
  console.log('same port', infos[0].port === infos[1].port, 'info', infos[0].addressType, infos[0].address);
  const { port } = infos[0];
  const answers = new Set();
  for (let i = 0; i < 6; i++) answers.add(await request({ port, host: '127.0.0.1' }));
  // Round robin alternates; the kernel may give every connection to one.
  console.log('answered', rr ? [...answers].sort().join(',') : answers.size > 0);

  // Worker 1 closes its server: only worker 2 answers.
  workers[0].send('close');
  await next(workers[0], (m) => m === 'closed');
  const after = new Set();
  for (let i = 0; i < 4; i++) after.add(await request({ port, host: '127.0.0.1' }));
  console.log('after worker 1 closed', [...after].join(','));
  workers[1].send('close');
  await next(workers[1], (m) => m === 'closed');
  // The primary releases the port once the last worker is out. Under round
  // robin it closes its listener at the worker's 'close' message, which
  // comes in while the worker's close callback runs.
  await new Promise((resolve) => setImmediate(resolve));
  console.log('after both closed', await request({ port, host: '127.0.0.1' }));

  // A port the primary holds.
  const holder = net.createServer();
  await new Promise((resolve) => holder.listen(0, '127.0.0.1', resolve));
  workers[0].send({ listen: [holder.address().port, '127.0.0.1'] });
  console.log('taken port', JSON.stringify(await next(workers[0], (m) => m.error)));
  holder.close();

  // A Unix socket.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-http-'));
  const sock = path.join(dir, 's');
  for (const w of workers) w.send({ listen: [sock] });
  infos = await listening(workers);
  console.log('unix listening', infos.map((i) => `${i.addressType} ${i.address === sock} ${i.port}`).join('; '));
  const viaPipe = new Set();
  for (let i = 0; i < 4; i++) viaPipe.add(await request({ socketPath: sock }));
  console.log('unix answered', rr ? [...viaPipe].sort().join(',') : viaPipe.size > 0);

  cluster.disconnect(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    console.log('disconnected');
  });
}
main();
