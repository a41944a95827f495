'use strict';
// A missing executable: spawn() reports ENOENT as an 'error' event shaped as
// node's, and a fork() with a bad execPath also fails its first send.
const { spawn, fork, execFile } = require('child_process');

const c = spawn('gonode-no-such-command-xyz', ['a', 'b'], { stdio: 'pipe' });
console.log('pid', c.pid, 'spawnfile', c.spawnfile, 'spawnargs', JSON.stringify(c.spawnargs));
console.log('stdio', c.stdin !== null, c.stdout !== null, c.stderr !== null);
c.on('spawn', () => console.log('spawn event (unexpected)'));
c.on('error', (e) => {
  console.log('error', e.message, e.errno, e.code, e.syscall, e.path, JSON.stringify(e.spawnargs), JSON.stringify(Object.keys(e)));
  console.log('exitCode', c.exitCode, 'killed', c.killed, 'kill()', c.kill());
});
c.on('exit', () => console.log('exit (unexpected)'));
c.on('close', (code, signal) => {
  console.log('close', code, signal);
  const f = fork(__filename, ['x'], { execPath: '/nonexistent/gonode-exec' });
  const order = [];
  f.on('error', (e) => order.push(`error ${e.code} ${e.path}`));
  f.on('disconnect', () => order.push('disconnect'));
  f.on('close', (code2, sig2) => {
    order.push(`close ${code2} ${sig2}`);
    setImmediate(() => {
      console.log(order.sort().join(', '));
      execFile('/nonexistent/file', (err, stdout, stderr) => {
        console.log('execFile', err.code, err.errno, err.syscall, err.cmd, JSON.stringify(stdout), JSON.stringify(stderr));
      });
    });
  });
  console.log('fork send', f.send('hi', (err) => order.push(`send cb ${err && err.code}`)));
});
