// Echo round trips per second over TCP on 127.0.0.1: a forked child runs an
// echo server (socket.pipe(socket)); the parent's one client writes 64 bytes
// and waits for them to come back before writing again. Also reports the
// CPU time both processes spend per round trip.
const net = require('net');
const fs = require('fs');
const { fork } = require('child_process');

if (process.argv[2] === 'server') {
  const server = net.createServer((socket) => socket.pipe(socket));
  server.listen(0, '127.0.0.1', () => process.send(server.address().port));
  process.on('disconnect', () => server.close());
  return;
}

// cpuTicks is the user+system time of pid in clock ticks (1/100 s).
function cpuTicks(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

const size = 64;
const warmup = 2000;
const duration = 2000;
const payload = Buffer.alloc(size, 'x');
const child = fork(__filename, ['server']);
child.once('message', (port) => {
  const socket = net.connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  let n = 0;
  let got = 0;
  let start = 0;
  let startN = 0;
  let startTicks = 0;
  const ticks = () => cpuTicks(process.pid) + cpuTicks(child.pid);
  socket.on('connect', () => socket.write(payload));
  socket.on('data', (d) => {
    got += d.length;
    if (got < size) return;
    if (got > size) throw new Error(`echoed ${got} bytes, wrote ${size}`);
    got = 0;
    n++;
    if (start === 0 && n === warmup) {
      start = Date.now();
      startN = n;
      startTicks = ticks();
    } else if (start !== 0 && Date.now() - start >= duration) {
      const secs = (Date.now() - start) / 1000;
      const used = ticks() - startTicks;
      console.log(`BENCH roundtrips ${((n - startN) / secs).toFixed(0)} per_s higher`);
      console.log(`BENCH roundtrip_cpu ${((used * 10000) / (n - startN)).toFixed(1)} us_per_roundtrip lower`);
      socket.end();
      child.disconnect();
      return;
    }
    socket.write(payload);
  });
});
