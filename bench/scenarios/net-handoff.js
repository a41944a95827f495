// Sockets handed off per second parent → child. The parent accepts TCP
// connections and sends each one to a forked child with
// child.send('socket', socket); the child writes one byte and ends it. A
// second forked process runs the clients (16 connections at a time) and
// counts a handoff once it has read that byte and seen the socket close.
// Also reports the CPU time the parent and the child (not the clients)
// spend per handoff.
const net = require('net');
const fs = require('fs');
const { fork } = require('child_process');

const role = process.argv[2];
if (role === 'child') {
  process.on('message', (m, socket) => {
    if (m === 'socket') socket.end('x');
  });
  return;
}

if (role === 'clients') {
  const port = Number(process.argv[3]);
  const concurrency = 16;
  const warmup = 300;
  const duration = 2000;
  let done = 0;
  let start = 0;
  let startDone = 0;
  let running = true;
  let inflight = 0;
  const client = () => {
    inflight++;
    const c = net.connect(port, '127.0.0.1');
    let got = 0;
    c.on('data', (d) => { got += d.length; });
    c.on('close', () => {
      inflight--;
      if (got !== 1) throw new Error(`client got ${got} bytes`);
      done++;
      if (start === 0 && done >= warmup) {
        start = Date.now();
        startDone = done;
        process.send('start');
      }
      if (running && start !== 0 && Date.now() - start >= duration) {
        running = false;
        process.send({ n: done - startDone, secs: (Date.now() - start) / 1000 });
      }
      if (running) client();
      else if (inflight === 0) process.disconnect();
    });
  };
  for (let i = 0; i < concurrency; i++) client();
  return;
}

// cpuTicks is the user+system time of pid in clock ticks (1/100 s).
function cpuTicks(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

const child = fork(__filename, ['child']);
const server = net.createServer((socket) => child.send('socket', socket));
server.listen(0, '127.0.0.1', () => {
  const clients = fork(__filename, ['clients', server.address().port]);
  let startTicks = 0;
  const ticks = () => cpuTicks(process.pid) + cpuTicks(child.pid);
  clients.on('message', (m) => {
    if (m === 'start') {
      startTicks = ticks();
      return;
    }
    const used = ticks() - startTicks;
    console.log(`BENCH handoffs ${(m.n / m.secs).toFixed(0)} per_s higher`);
    console.log(`BENCH handoff_cpu ${((used * 10000) / m.n).toFixed(1)} us_per_handoff lower`);
  });
  // The clients leave once their last connection has closed.
  clients.on('exit', () => {
    server.close();
    child.disconnect();
  });
});
