// spawn pads the caller's stdio array to three entries, as node does.
const { spawn, spawnSync } = require('child_process');
const stdio = ['pipe'];
const c = spawn('true', [], { stdio });
console.log(stdio.length, JSON.stringify(stdio), c.stdout !== null, c.stderr !== null);
const syncStdio = ['ignore', 'pipe'];
spawnSync('true', [], { stdio: syncStdio });
console.log(syncStdio.length);
c.on('close', (code) => console.log('close', code));
