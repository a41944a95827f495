'use strict';
// How GOMAXPROCS reaches a forked child. The child reports the entries of
// its real environment (/proc/self/environ) and of process.env whose names
// start with GOMAXPROCS or GONODE_, and those a shell it spawns inherits.
// The parent forks it twice: with its own environment, and with
// GOMAXPROCS=2 set in options.env; it prints both reports as JSON.
const { fork, spawnSync } = require('child_process');
const fs = require('fs');

const ours = (kv) => kv.startsWith('GOMAXPROCS=') || kv.startsWith('GONODE_');

if (process.argv[2] === 'child') {
  const environ = fs.readFileSync('/proc/self/environ', 'latin1').split('\0').filter(ours);
  const env = Object.entries(process.env).map(([k, v]) => `${k}=${v}`).filter(ours);
  const shell = spawnSync('sh', ['-c', 'env'], { encoding: 'latin1' }).stdout.split('\n').filter(ours);
  process.send({ environ, env, shell });
  process.disconnect();
  return;
}

const reports = [];
const next = (env) => {
  const child = fork(__filename, ['child'], env ? { env } : {});
  child.once('message', (m) => {
    reports.push(m);
    if (reports.length === 1) next({ ...process.env, GOMAXPROCS: '2' });
    else console.log(JSON.stringify(reports));
  });
};
next();
