'use strict';
// spawn options: env, cwd, argv0, shell, detached, timeout + killSignal,
// an AbortSignal, and unref() letting the parent exit first.
const { spawn } = require('child_process');

if (process.argv[2] === 'report') {
  process.stdout.write(JSON.stringify({
    cwd: process.cwd(), env: process.env.GONODE_OPT, hasPath: 'PATH' in process.env, argv0: process.argv0,
  }));
  return;
}

function collect(child) {
  return new Promise((resolve) => {
    let out = '';
    const events = [];
    if (child.stdout) child.stdout.on('data', (d) => { out += d; });
    child.on('error', (e) => events.push(`error ${e.name} ${e.code}`));
    child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
    child.on('close', (code, signal) => resolve({ out, events: events.join(', '), killed: child.killed, close: `${code} ${signal}` }));
  });
}

(async () => {
  let r = await collect(spawn(process.execPath, [__filename, 'report'], { cwd: '/', env: { GONODE_OPT: 'yes' }, argv0: 'custom0' }));
  console.log('options', r.out, r.events);
  r = await collect(spawn('echo "$0:$1" $GONODE_OPT', ['ignored'], { shell: true, env: { GONODE_OPT: 'sh', PATH: process.env.PATH } }));
  console.log('shell', JSON.stringify(r.out), r.events);
  r = await collect(spawn('echo', ['from', 'custom', 'shell'], { shell: '/bin/sh' }));
  console.log('shell path', JSON.stringify(r.out));
  r = await collect(spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { timeout: 100 }));
  console.log('timeout', r.events, 'killed', r.killed, 'close', r.close);
  r = await collect(spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { timeout: 100, killSignal: 'SIGKILL' }));
  console.log('timeout SIGKILL', r.events, 'killed', r.killed);
  const ac = new AbortController();
  const p = collect(spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { signal: ac.signal }));
  ac.abort();
  r = await p;
  console.log('abort', r.events, 'killed', r.killed);
  r = await collect(spawn(process.execPath, ['-e', ''], { signal: AbortSignal.abort('why') }));
  console.log('pre-aborted', r.events);
  r = await collect(spawn(process.execPath, ['-e', 'process.stdout.write(String(process.pid === process.getpgid?.(0) || require("os") && true))'], { detached: true }));
  console.log('detached', r.events);
  const bg = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 3000)'], { stdio: 'ignore' });
  bg.unref();
  bg.on('exit', () => console.log('unref child exited before parent (unexpected)'));
  process.on('exit', () => {
    console.log('parent exits while unref()d child runs:', bg.exitCode === null && bg.signalCode === null);
    bg.kill('SIGKILL');
  });
})();
