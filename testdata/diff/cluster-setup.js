'use strict';
// cluster: setupPrimary/setupMaster settings (exec, args, execArgv, cwd,
// silent, env), 'setup' per fork, the frozen scheduling policy, messages
// both ways, the Worker class, and a worker whose runtime cannot start.
const cluster = require('cluster');
const path = require('path');

if (cluster.isWorker) {
  process.on('message', (m) => {
    if (m === 'quit') cluster.worker.disconnect();
    else process.send({ echo: m });
  });
  process.send({
    argv: process.argv.slice(2),
    cwd: path.basename(process.cwd()),
    mode: process.env.CLUSTER_MODE,
    unique: 'NODE_UNIQUE_ID' in process.env,
    file: path.basename(__filename),
  });
  console.log(`worker ${cluster.worker.id} writes to stdout`);
  return;
}

const out = [];
const log = (s) => out.push(s);
const W = cluster.Worker;
const lone = new W();
log(`lone worker: id=${lone.id} state=${lone.state} exitedAfterDisconnect=${lone.exitedAfterDisconnect} ` +
  `process=${lone.process} emitter=${typeof lone.on} sameClass=${lone instanceof cluster.Worker}`);
const w2 = W({ id: '5', state: 'online' });
log(`called without new: ${w2 instanceof W} id=${w2.id} state=${w2.state}`);
log(`setupMaster is setupPrimary: ${cluster.setupMaster === cluster.setupPrimary}`);

cluster.on('setup', (settings) => log(`setup ${JSON.stringify({ ...settings, exec: path.basename(settings.exec) })}`));
cluster.on('message', (w, m, h) => log(`message from ${w.id}: ${JSON.stringify(m)} handle=${h}`));

cluster.setupPrimary({ args: ['a', 'b'], silent: true, cwd: __dirname + '/..' });
cluster.setupMaster({ execArgv: [] });
log(`settings now ${Object.keys(cluster.settings).join(',')} silent=${cluster.settings.silent}`);
// The policy is frozen at the first setup.
cluster.schedulingPolicy = 42;

const w = cluster.fork({ CLUSTER_MODE: 'first' });
let stdout = '';
w.process.stdout.setEncoding('utf8');
w.process.stdout.on('data', (d) => { stdout += d; });
let echoes = 0;
w.on('message', (m) => {
  if (m.echo !== undefined && ++echoes === 2) w.send('quit');
  else if (m.argv) {
    w.send('ping');
    w.send({ nested: [1, { two: 2 }] });
  }
});
w.on('exit', (code, signal) => {
  log(`exit ${code} ${signal}; stdout ${JSON.stringify(stdout)}`);
  badExec();
});

// Worker processes whose runtime does not exist: 'error' on the Worker.
function badExec() {
  const realExecPath = process.execPath;
  process.execPath = path.join(__dirname, 'no-such-runtime');
  const bad = cluster.fork();
  process.execPath = realExecPath;
  for (const e of ['online', 'disconnect', 'exit', 'error']) {
    bad.on(e, (a, b) => log(`bad worker ${e} ${a && a.code} ${a && a.syscall} ${b} listed=${cluster.workers[bad.id] === bad}`));
  }
  bad.on('disconnect', () => setImmediate(finish));
}

function finish() {
  log(`workers left: ${Object.keys(cluster.workers)}`);
  console.log(out.join('\n'));
}
