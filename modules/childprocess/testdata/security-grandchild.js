'use strict';
// What a grandchild inherits. The parent forks a child and sends it a
// listening server; the child opens a file, a server of its own and a
// connection to it, then spawns `sh -c 'ls /proc/$$/fd; env'` (the shell
// lists its own descriptors; a trailing command keeps it from exec'ing
// ls). The parent prints {fds, nodeEnv, channelFD} as the child reports
// them: the grandchild's descriptors and its NODE_* variables, and whether
// the child's process.env has NODE_CHANNEL_FD.
const { fork, spawn } = require('child_process');
const net = require('net');
const fs = require('fs');

if (process.argv[2] === 'child') {
  process.once('message', (m, passed) => {
    const file = fs.openSync(__filename, 'r');
    const own = net.createServer().listen(0, '127.0.0.1', () => {
      const conn = net.connect(own.address().port, '127.0.0.1', () => {
        const gc = spawn('sh', ['-c', 'ls /proc/$$/fd; echo --; env; true'], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        gc.stdout.setEncoding('utf8');
        gc.stdout.on('data', (d) => { out += d; });
        gc.on('close', () => {
          const [fds, env] = out.split('--\n');
          process.send({
            fds: fds.trim().split('\n').map(Number).sort((a, b) => a - b),
            nodeEnv: env.split('\n').filter((kv) => kv.startsWith('NODE_')),
            channelFD: 'NODE_CHANNEL_FD' in process.env,
          });
          fs.closeSync(file);
          conn.destroy();
          own.close();
          passed.close();
          process.disconnect();
        });
      });
    });
  });
  return;
}

const child = fork(__filename, ['child'], { execPath: process.argv[2] || process.execPath });
const server = net.createServer().listen(0, '127.0.0.1', () => {
  child.send('server', server);
  server.close();
});
child.on('message', (m) => console.log(JSON.stringify(m)));
