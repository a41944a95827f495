'use strict';
// cluster: the events of the primary and of Worker objects, in order, for
// workers that disconnect from either side, are killed, or destroy
// themselves; worker-side state; settings and the workers table.
const cluster = require('cluster');
const http = require('http');

if (cluster.isWorker) {
  const { worker } = cluster;
  const server = http.createServer((req, res) => res.end(`${worker.id}`));
  process.on('message', (m) => {
    if (m === 'disconnect yourself') worker.disconnect();
    else if (m === 'destroy yourself') worker.destroy();
  });
  server.listen(0, () => {
    process.send({
      id: worker.id,
      isWorker: cluster.isWorker,
      isPrimary: cluster.isPrimary,
      isMaster: cluster.isMaster,
      uniqueId: process.env.NODE_UNIQUE_ID,
      extra: process.env.CLUSTER_EXTRA,
      state: worker.state,
      workers: cluster.workers,
      sameProcess: worker.process === process,
      port: typeof server.address().port,
    });
  });
  return;
}

const lines = [];
const log = (s) => lines.push(s);
console.log('primary', cluster.isPrimary, cluster.isMaster, cluster.isWorker, cluster.worker);
console.log('SCHED', cluster.SCHED_NONE, cluster.SCHED_RR, cluster.schedulingPolicy === cluster.SCHED_RR);
console.log('settings before', JSON.stringify(cluster.settings));

for (const e of ['setup', 'fork', 'online', 'listening', 'disconnect', 'exit', 'message']) {
  cluster.on(e, (w, a, b) => {
    if (e === 'setup') log(`cluster setup ${Object.keys(w).join(',')}`);
    else if (e === 'listening') log(`cluster listening ${w.id} ${a.addressType} ${a.address} ${typeof a.port} ${a.fd}`);
    else if (e === 'exit') log(`cluster exit ${w.id} ${a} ${b}`);
    else if (e === 'message') log(`cluster message ${w.id} ${JSON.stringify(a)} ${b}`);
    else log(`cluster ${e} ${w.id}`);
  });
}

function watch(w, onListening) {
  for (const e of ['online', 'listening', 'disconnect', 'exit', 'error']) {
    w.on(e, (a, b) => {
      log(`worker ${w.id} ${e} ${e === 'exit' ? `${a} ${b}` : ''} state=${w.state} ` +
        `exitedAfterDisconnect=${w.exitedAfterDisconnect} connected=${w.isConnected()} ` +
        // (At 'disconnect' the exit status may have been read already.)
        `${e === 'disconnect' ? '' : `dead=${w.isDead()} `}` +
        `listed=${cluster.workers[w.id] === w}`);
    });
  }
  w.once('listening', onListening);
}

// Each step waits for the previous one's 'exit'.
const steps = [
  // The primary disconnects the worker.
  () => {
    const w = cluster.fork({ CLUSTER_EXTRA: 'one' });
    log(`forked ${w.id} state=${w.state} listed=${cluster.workers[w.id] === w}`);
    watch(w, () => {
      const r = w.disconnect();
      log(`disconnect() returned worker: ${r === w}, listed=${cluster.workers[w.id] === w}`);
    });
  },
  // The worker disconnects itself.
  () => {
    const w = cluster.fork({ CLUSTER_EXTRA: 'two' });
    watch(w, () => w.send('disconnect yourself'));
  },
  // The worker is killed.
  () => {
    const w = cluster.fork();
    watch(w, () => w.kill('SIGKILL'));
  },
  // The worker destroys itself.
  () => {
    const w = cluster.fork();
    watch(w, () => w.send('destroy yourself'));
  },
  // The primary's default kill.
  () => {
    const w = cluster.fork();
    watch(w, () => log(`kill() returned ${w.kill()}`));
  },
];

cluster.on('exit', next);
function next() {
  const step = steps.shift();
  if (step) {
    step();
    return;
  }
  cluster.disconnect(() => {
    console.log(lines.join('\n'));
    console.log('workers left', JSON.stringify(cluster.workers));
    console.log('settings keys', Object.keys(cluster.settings).join(','));
  });
}
next();
