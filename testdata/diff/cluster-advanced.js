'use strict';
// cluster with serialization: 'advanced' under both scheduling policies:
// user messages carry Maps, BigInts, Dates and Buffers both ways, and the
// cluster's own messages (queryServer, newconn with a handle, close) work
// in V8's format: workers share a port and serve requests.
const cluster = require('cluster');
const http = require('http');

if (cluster.isWorker) {
  process.on('message', (m) => {
    if (m instanceof Map) {
      process.send({ echo: m, big: m.get('n') * 2n, when: new Date(0), buf: Buffer.from('w' + cluster.worker.id) });
      return;
    }
    if (m === 'listen') {
      const server = http.createServer((req, res) => res.end(`worker ${cluster.worker.id}`));
      server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
    }
  });
  return;
}

if (!process.env.CLUSTER_ADV_POLICY) {
  const { execFileSync } = require('child_process');
  for (const policy of ['rr', 'none']) {
    const env = { ...process.env, CLUSTER_ADV_POLICY: policy, NODE_CLUSTER_SCHED_POLICY: policy };
    console.log(`--- ${policy}`);
    process.stdout.write(execFileSync(process.execPath, [__filename], { env, encoding: 'utf8' }));
  }
  return;
}

cluster.setupPrimary({ serialization: 'advanced' });
console.log('settings', cluster.settings.serialization);
const worker = cluster.fork();
const ports = [];
worker.on('message', (m) => {
  if (m.echo) {
    console.log('echo', m.echo instanceof Map, [...m.echo].join(';'), typeof m.big, m.big, m.when instanceof Date, m.when.getTime(),
      Buffer.isBuffer(m.buf), String(m.buf));
    worker.send('listen');
    return;
  }
  ports.push(m.port);
  http.get({ host: '127.0.0.1', port: m.port, agent: false }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('response', body);
      worker.disconnect();
    });
  });
});
worker.on('online', () => worker.send(new Map([['n', 21n], ['s', 'x']])));
worker.on('exit', (code, signal) => console.log('exit', code, signal, worker.exitedAfterDisconnect));
