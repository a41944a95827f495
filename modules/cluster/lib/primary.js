'use strict';
// internal/cluster/primary: the cluster module in the primary process
// (NODE-IPC.md §7): forking workers, their table and events, and the
// answers to their requests for listening sockets.

const EventEmitter = require('events');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper, forget } = require('internal/cluster/utils');

// internalAssertion is node's ERR_INTERNAL_ASSERTION.
function internalAssertion(message) {
  const { ERR_INTERNAL_ASSERTION } = require('internal/errors').codes;
  return new ERR_INTERNAL_ASSERTION(message);
}

const SCHED_NONE = 1;
const SCHED_RR = 2;

const cluster = new EventEmitter();
// intercom announces that the last worker is gone (cluster.disconnect()).
const intercom = new EventEmitter();
// handles maps a key ("address:port:addressType:fd:index") to the
// RoundRobinHandle or SharedHandle every worker asking for it shares.
const handles = new Map();

module.exports = cluster;

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;

let ids = 0;
let initialized = false;
let schedulingPolicy = process.env.NODE_CLUSTER_SCHED_POLICY;
if (schedulingPolicy === 'rr') schedulingPolicy = SCHED_RR;
else if (schedulingPolicy === 'none') schedulingPolicy = SCHED_NONE;
else schedulingPolicy = process.platform === 'win32' ? SCHED_NONE : SCHED_RR;
cluster.schedulingPolicy = schedulingPolicy;

cluster.setupPrimary = function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (!initialized) {
    initialized = true;
    // The policy is frozen from the first setup on.
    schedulingPolicy = cluster.schedulingPolicy;
    if (schedulingPolicy !== SCHED_NONE && schedulingPolicy !== SCHED_RR) {
      throw internalAssertion(`Bad cluster.schedulingPolicy: ${schedulingPolicy}`);
    }
  }
  process.nextTick(emitSetup, settings);
};
cluster.setupMaster = cluster.setupPrimary;

function emitSetup(settings) {
  cluster.emit('setup', settings);
}

function createWorkerProcess(id, env) {
  const { fork } = require('child_process');
  const { settings } = cluster;
  return fork(settings.exec, settings.args, {
    cwd: settings.cwd,
    env: { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` },
    serialization: settings.serialization,
    silent: settings.silent,
    windowsHide: settings.windowsHide,
    execArgv: [...settings.execArgv],
    stdio: settings.stdio,
    gid: settings.gid,
    uid: settings.uid,
  });
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) {
    if (handles.size !== 0) throw internalAssertion('Resource leak detected.');
    intercom.emit('disconnect');
  }
}

function removeHandlesForWorker(worker) {
  for (const [key, handle] of handles) {
    if (handle.remove(worker)) handles.delete(key);
  }
}

cluster.fork = function fork(env) {
  cluster.setupPrimary();
  const id = ++ids;
  const worker = new Worker({ id, process: createWorkerProcess(id, env) });
  const proc = worker.process;

  worker.on('message', function onMessage(message, handle) {
    cluster.emit('message', this, message, handle);
  });

  // channelEnded drops what went over the worker's channel: callbacks
  // waiting for its answers, connections in flight to it, its share of the
  // handles. It runs once, on 'disconnect', or at the exit when the channel
  // ended without one (a worker that died with a handle unacknowledged: its
  // disconnect waits for an ACK that cannot come, in node too).
  let channelDone = false;
  function channelEnded() {
    if (channelDone) return;
    channelDone = true;
    forget(proc);
    for (const handle of handles.values()) handle.disconnected?.(worker);
    removeHandlesForWorker(worker);
  }

  function onExit(exitCode, signalCode) {
    // A worker that is not disconnected yet may still be wanted.
    if (!worker.isConnected()) {
      channelEnded();
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  }
  // exitDeferred: the process is reaped but its 'exit' waits for the
  // channel's end. The two race; node reads the end of the channel first
  // (the kernel closes the socket before it reports the death), so
  // 'disconnect' comes first here too.
  let exitDeferred = false;
  proc.once('exit', (exitCode, signalCode) => {
    if (proc.connected && proc.channel) {
      exitDeferred = true;
      // The channel's end: 'disconnect', or else 'close' (which follows
      // the end of the channel too).
      const ended = () => {
        proc.removeListener('disconnect', ended);
        proc.removeListener('close', ended);
        onExit(exitCode, signalCode);
      };
      proc.once('disconnect', ended);
      proc.once('close', ended);
    } else {
      onExit(exitCode, signalCode);
    }
  });

  proc.once('disconnect', () => {
    // The handles go now: the worker can neither use nor release them.
    channelEnded();
    // A worker that has not exited yet may still be wanted.
    if (worker.isDead() && !exitDeferred) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });

  proc.on('internalMessage', internal(worker, onmessage));
  process.nextTick(emitFork, worker);
  cluster.workers[worker.id] = worker;
  return worker;
};

function emitFork(worker) {
  cluster.emit('fork', worker);
}

cluster.disconnect = function disconnect(cb) {
  const workers = Object.values(cluster.workers);
  if (workers.length === 0) {
    process.nextTick(() => intercom.emit('disconnect'));
  } else {
    for (const worker of workers) {
      if (worker.isConnected()) worker.disconnect();
    }
  }
  if (typeof cb === 'function') intercom.once('disconnect', cb);
};

const acts = {
  __proto__: null,
  close,
  exitedAfterDisconnect,
  listening,
  online,
  queryServer,
};

function onmessage(message) {
  const act = acts[message.act];
  if (typeof act === 'function') act(this, message);
}

function online(worker) {
  worker.state = 'online';
  worker.emit('online');
  cluster.emit('online', worker);
}

function exitedAfterDisconnect(worker, message) {
  worker.exitedAfterDisconnect = true;
  send(worker, { ack: message.seq });
}

function queryServer(worker, message) {
  // No answer to a worker on its way out.
  if (worker.exitedAfterDisconnect) return;
  const key = `${message.address}:${message.port}:${message.addressType}:${message.fd}:${message.index}`;
  let handle = handles.get(key);
  if (handle === undefined) {
    let address = message.address;
    if (message.port < 0 && typeof address === 'string' && process.platform !== 'win32') {
      // Unix socket paths are limited to ~100 bytes: use the shorter form.
      const relative = require('path').relative(process.cwd(), address);
      if (relative.length < address.length) address = relative;
    }
    // Datagrams cannot be handed over one by one: UDP always shares.
    if (schedulingPolicy !== SCHED_RR || message.addressType === 'udp4' || message.addressType === 'udp6') {
      const SharedHandle = require('internal/cluster/shared_handle');
      handle = new SharedHandle(key, address, message);
    } else {
      const RoundRobinHandle = require('internal/cluster/round_robin_handle');
      handle = new RoundRobinHandle(key, address, message);
    }
    handles.set(key, handle);
  }
  if (!handle.data) handle.data = message.data;
  handle.add(worker, (errno, reply, sent) => {
    const data = handle.data;
    // A failed handle goes, so that a later request can try again.
    if (errno && handles.get(key) === handle) handles.delete(key);
    send(worker, { errno, key, ack: message.seq, data, ...reply }, sent);
  });
}

function listening(worker, message) {
  const info = {
    addressType: message.addressType,
    address: message.address,
    port: message.port,
    fd: message.fd,
  };
  worker.state = 'listening';
  worker.emit('listening', info);
  cluster.emit('listening', worker, info);
}

// close: a worker's server closed. Its handle may be gone already.
function close(worker, message) {
  const handle = handles.get(message.key);
  if (handle && handle.remove(worker)) handles.delete(message.key);
}

function send(worker, message, handle, cb) {
  return sendHelper(worker.process, message, handle, cb);
}

Worker.prototype.disconnect = function disconnect() {
  this.exitedAfterDisconnect = true;
  send(this, { act: 'disconnect' });
  removeHandlesForWorker(this);
  removeWorker(this);
  return this;
};

Worker.prototype.destroy = function destroy(signo) {
  this.process.kill(signo || 'SIGTERM');
};
