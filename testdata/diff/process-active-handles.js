'use strict';
// process._getActiveHandles lists the owners of the ref'd handles (the
// net.Socket, net.Server, ChildProcess, dgram.Socket or FSWatcher using
// each; an IPC channel's Pipe handle itself), in the order they were made,
// without timers; process._getActiveRequests lists the requests in flight.
// A closed handle stays listed until the loop's closing phase, as in node.
const net = require('net');
const dgram = require('dgram');
const fs = require('fs');
const util = require('util');
const { fork, spawn } = require('child_process');

const names = (list) => list.map((h) => h.constructor.name);
// process.stdout and stderr are listed too when they are pipes (a test
// runner's), as different classes in node and gonode: they are shown
// apart.
const stdio = new Set([process.stdin, process.stdout, process.stderr]);
const handles = () => process._getActiveHandles().filter((h) => !stdio.has(h));
const show = (what) => console.log(what, JSON.stringify(names(handles())));

if (process.argv[2] === 'child') {
  process.on('message', () => {});
  const h = handles();
  console.log('child', JSON.stringify(names(h)), h.includes(process.channel));
  process.disconnect();
  return;
}

setTimeout(() => {}, 10).unref();
const t = setInterval(() => {}, 1000);
show('timers only');
console.log('stdout listed', process._getActiveHandles().includes(process.stdout) ===
  require('fs').fstatSync(1).isFIFO());
console.log('requests', process._getActiveRequests().length);

const child = fork(__filename, ['child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
show('forked');
console.log('child listed', handles().includes(child));
// (Whether the channel or the process is the last to go differs from run
// to run: the listing waits until both have.)
child.on('close', () => setImmediate(setImmediate, servers));

function servers() {
  show('child gone');
  const server = net.createServer((conn) => {
    conn.pause();
    const h = handles();
    console.log('listed', h.includes(server), h.includes(client), h.includes(conn));
    client.unref();
    console.log('unref client listed', handles().includes(client));
    const udp = dgram.createSocket('udp4');
    udp.bind(0, '127.0.0.1', () => {
      const watcher = fs.watch(__dirname);
      show('all');
      console.log('udp listed', handles().includes(udp), 'watcher listed', handles().includes(watcher));
      fs.stat(__filename, () => {});
      fs.open(__filename, 'r', (err, fd) => fs.close(fd, () => {}));
      // (node may also list the client's connect request here.)
      const fsReqs = () => process._getActiveRequests().filter((r) => r.constructor.name === 'FSReqCallback');
      const reqs = fsReqs();
      console.log('requests', reqs.length, util.inspect(reqs[0]).split(' ')[0]);
      console.log('same objects', fsReqs()[1] === reqs[1]);
      const sleeper = spawn('sleep', ['10'], { stdio: 'ignore' });
      console.log('spawned listed', handles().includes(sleeper));
      sleeper.kill();
      clearInterval(t);
      watcher.close();
      udp.close();
      conn.destroy();
      client.destroy();
      server.close(() => setImmediate(() => {
        show('all closed');
        ports();
      }));
      show('closing');
    });
  });
  let client;
  server.listen(0, '127.0.0.1', () => {
    show('listening');
    client = net.connect(server.address().port, '127.0.0.1');
  });
}

// A MessagePort is listed while it has 'message' listeners (ref'd); a
// BroadcastChannel as its MessagePort handle.
function ports() {
  const { MessageChannel, BroadcastChannel } = require('worker_threads');
  const { port1, port2 } = new MessageChannel();
  port1.on('message', () => {});
  const bc = new BroadcastChannel('active-handles');
  bc.onmessage = () => {};
  show('ports');
  console.log('port1 listed', handles().includes(port1), 'port2 listed', handles().includes(port2));
  port1.close();
  bc.close();
}
