// nodemon, unmodified, under gonode as under node: it forks server.js
// (with the runtime nodemon runs on, and an IPC channel), restarts it when a file it requires changes (nodemon
// watches the folder with chokidar, on fs.watch), restarts it on `rs`
// typed on its standard input, and stops it when it is itself stopped with
// SIGINT (Ctrl-C). The server is a copy in a temporary folder, whose version.js
// this program edits. Prints one line per step.
const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-reload-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.copyFileSync(path.join(__dirname, 'server.js'), path.join(dir, 'server.js'));
fs.writeFileSync(path.join(dir, 'version.js'), "module.exports = 'v1';\n");

// (--verbose: nodemon then says when its watch is ready; see seen.)
const nodemon = spawn(process.execPath, [require.resolve('nodemon/bin/nodemon.js'), '--verbose', 'server.js'], {
  cwd: dir,
  stdio: ['pipe', 'pipe', 'inherit'],
  detached: true,
});

// next resolves with the match of the first line from nodemon's output
// (its own and the server's) that matches re, after those already taken.
const lines = [];
const history = [];
let waiter = null;
let seenWaiters = [];
let rest = '';
nodemon.stdout.setEncoding('utf8');
nodemon.stdout.on('data', (chunk) => {
  const parts = (rest + chunk).split('\n');
  rest = parts.pop();
  lines.push(...parts);
  history.push(...parts);
  const waiting = seenWaiters;
  seenWaiters = [];
  for (const check of waiting) check();
  if (waiter) waiter();
});

// (A wait that times out says what nodemon printed last.)
const timeout = (re) => new Error(`no line like ${re} in 20 s; nodemon's last lines:\n${history.slice(-12).join('\n')}`);

// seen resolves once some line of nodemon's output, taken by next or not,
// has matched re.
function seen(re) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(timeout(re)), 20000);
    const check = () => {
      if (history.some((line) => re.test(line))) {
        clearTimeout(timer);
        resolve();
      } else {
        seenWaiters.push(check);
      }
    };
    check();
  });
}
function next(re) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(timeout(re)), 20000);
    waiter = () => {
      while (lines.length > 0) {
        const m = re.exec(lines.shift());
        if (m) {
          clearTimeout(timer);
          waiter = null;
          resolve(m);
          return;
        }
      }
    };
    waiter();
  });
}

function get(port) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(body.trim()));
    }).on('error', reject);
  });
}

const listening = /^listening (\d+) (\S+) (\d+) (true|false) (.*)$/;

async function main() {
  let m = await next(listening);
  console.log(`started: the server answers ${await get(m[1])}`);
  console.log(`the server runs on nodemon's runtime: ${m[5] === process.execPath}, with an IPC channel: ${m[4]}`);
  const pids = new Set([m[3]]);

  // nodemon's watch (chokidar's) is armed while the server starts, and
  // misses an edit made before: wait for it ("watching 2 files").
  await seen(/\[nodemon\] watching \d+ files?/);
  fs.writeFileSync(path.join(dir, 'version.js'), "module.exports = 'v2';\n");
  await next(/^closing on SIGUSR2$/);
  console.log('version.js changed: the old server closed on SIGUSR2');
  m = await next(listening);
  pids.add(m[3]);
  console.log(`restarted: the new server answers ${await get(m[1])}`);

  nodemon.stdin.write('rs\n');
  await next(/^closing on SIGUSR2$/);
  m = await next(listening);
  pids.add(m[3]);
  console.log(`rs typed: restarted, the server answers ${await get(m[1])}; ${pids.size} server processes in all`);

  const exited = new Promise((resolve) => nodemon.on('exit', (code, signal) => resolve([code, signal])));
  nodemon.kill('SIGINT');
  const [code, signal] = await exited;
  let alive = true;
  try {
    process.kill(Number(m[3]), 0);
  } catch (e) {
    alive = e.code !== 'ESRCH';
  }
  console.log(`nodemon stopped (code ${code}, signal ${signal}); the server is ${alive ? 'still running' : 'gone'}`);
}

main().catch((e) => {
  console.log('failed:', e.message);
  try {
    process.kill(-nodemon.pid, 'SIGKILL'); // nodemon and all it started
  } catch {
    // all gone already
  }
  process.exitCode = 1;
});
