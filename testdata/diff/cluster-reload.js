// A rolling reload under load, as process managers do it: while clients
// keep requesting (a new connection each), the primary forks a new
// generation of workers, waits until they listen, then disconnects the old
// ones, which finish what they took (a slow request spans a reload). No
// request may fail. Reloads are paced by requests served, not by time.
const cluster = require('cluster');
const http = require('http');

if (cluster.isPrimary) {
  let gen = 1;
  const spawn = () => [cluster.fork({ GEN: gen }), cluster.fork({ GEN: gen })];
  const listening = (ws) => Promise.all(ws.map((w) => new Promise((r) => w.once('listening', r))));
  let workers = spawn();
  let port;
  cluster.on('listening', (w, address) => { port = address.port; });
  let served = 0;
  let failed = 0;
  const errors = new Set();
  const gens = new Set();
  let running = true;
  let waiter = null; // resolves once `served` reaches waiter.n
  const request = (path) => new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', path, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(body));
    }).on('error', (e) => { failed++; errors.add(e.code); resolve(null); });
  });
  const client = async () => {
    while (running) {
      const body = await request('/');
      if (body === null) continue;
      served++;
      gens.add(body);
      if (waiter && served >= waiter.n) { waiter.resolve(); waiter = null; }
    }
  };
  const servedAtLeast = (n) => new Promise((resolve) => { waiter = { n, resolve }; });
  listening(workers).then(async () => {
    const clients = [client(), client(), client(), client()];
    const slow = request('/slow');
    for (let r = 0; r < 3; r++) {
      await servedAtLeast(served + 20);
      gen++;
      const old = workers;
      workers = spawn();
      await listening(workers);
      await Promise.all(old.map((w) => new Promise((resolve) => { w.once('exit', resolve); w.disconnect(); })));
    }
    await servedAtLeast(served + 20);
    running = false;
    await Promise.all(clients);
    const slowBody = await slow;
    console.log('failed', failed, [...errors]);
    console.log('generations that answered', gens.size);
    console.log('slow request across a reload', slowBody === 'slow 1');
    for (const w of workers) w.disconnect();
  });
} else {
  http.createServer((req, res) => {
    if (req.url === '/slow') setTimeout(() => res.end('slow ' + process.env.GEN), 300);
    else res.end(process.env.GEN);
  }).listen(0, '127.0.0.1');
}
