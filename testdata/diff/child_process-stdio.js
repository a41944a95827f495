'use strict';
// stdio: pipes in both directions, 'ignore', inherited fds, an extra pipe at
// fd 3, and the IPC channel at a non-default index (fd 4); a forked child sees
// NODE_CHANNEL_FD and NODE_CHANNEL_SERIALIZATION_MODE removed from its env.
const { spawn, fork } = require('child_process');

if (process.argv[2] === 'echo') {
  process.stdin.on('data', (d) => process.stdout.write(d.toString().toUpperCase()));
  process.stdin.on('end', () => process.stderr.write('stdin ended'));
  return;
}
if (process.argv[2] === 'ipc4') {
  process.send({
    fd: process.channel.fd,
    env: [process.env.NODE_CHANNEL_FD, process.env.NODE_CHANNEL_SERIALIZATION_MODE],
    connected: process.connected,
    hasSend: typeof process.send,
  });
  process.disconnect();
  return;
}

const c = spawn(process.execPath, [__filename, 'echo']);
let out = '';
let err = '';
c.stdout.setEncoding('utf8');
c.stdout.on('data', (d) => { out += d; });
c.stderr.on('data', (d) => { err += d; });
c.on('close', (code) => {
  console.log('echo', code, JSON.stringify(out), JSON.stringify(err), c.stdio.length, c.stdio[0] === c.stdin);
  const f = fork(__filename, ['ipc4'], { stdio: ['ignore', 'inherit', 'inherit', 'pipe', 'ipc'] });
  console.log('fork stdio', f.stdin, f.stdout, f.stderr, f.stdio[3] !== null, f.stdio[4]);
  f.on('message', (m) => console.log('ipc4', JSON.stringify(m)));
  f.on('close', (code2) => {
    console.log('ipc4 close', code2);
    const g = spawn(process.execPath, ['-e', 'require("fs").writeSync(3, "three")'], { stdio: ['pipe', 'inherit', 'inherit', 'pipe'] });
    let three = '';
    g.stdio[3].on('data', (d) => { three += d; });
    g.on('close', (code3) => console.log('fd3', code3, JSON.stringify(three)));
  });
});
c.stdin.write('hello ');
c.stdin.end('world');
console.log('typeof pid', typeof c.pid, 'stdin writable', c.stdin.writable, 'stdout readable', c.stdout.readable);
