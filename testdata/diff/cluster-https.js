// cluster workers sharing one HTTPS port (round-robin): every worker
// answers over TLS.
const cluster = require('cluster');
const https = require('https');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(dir, name));

if (cluster.isWorker) {
  https.createServer({ key: read('server-key.pem'), cert: read('server-cert.pem') }, (req, res) => {
    res.end(`worker ${cluster.worker.id}`);
  }).listen(0, '127.0.0.1');
  return;
}

cluster.schedulingPolicy = cluster.SCHED_RR;
const workers = [cluster.fork(), cluster.fork()];
let listening = 0;
let port;
cluster.on('listening', (w, address) => {
  port = address.port;
  if (++listening < workers.length) return;
  run();
});

async function run() {
  const seen = new Set();
  const agent = new https.Agent({ keepAlive: false, ca: read('ca-cert.pem') });
  for (let i = 0; i < 20 && seen.size < 2; i++) {
    seen.add(await new Promise((resolve, reject) => {
      https.get({ host: 'localhost', port, agent }, (res) => {
        let b = '';
        res.on('data', (d) => { b += d; });
        res.on('end', () => resolve(b));
      }).on('error', reject);
    }));
  }
  console.log([...seen].sort());
  cluster.disconnect();
}
