// npm's process tools, unmodified, under gonode as under node: jest-worker
// (the pool Jest and Next.js run their work in) with child processes and
// with threads, execa (spawn, pipes, errors, timeouts, an IPC child),
// cross-spawn and tree-kill. Prints one line per result.
const { Worker } = require('jest-worker');
const execa = require('execa');
const crossSpawn = require('cross-spawn');
const treeKill = require('tree-kill');

async function pool(threads) {
  const kind = threads ? 'threads' : 'processes';
  const w = new Worker(require.resolve('./worker.js'), {
    numWorkers: 2,
    enableWorkerThreads: threads,
    exposedMethods: ['square', 'whoami', 'fail', 'big'],
  });
  const squares = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => w.square(n)));
  console.log(`jest-worker ${kind}: squares ${squares.join(',')}`);
  const who = await Promise.all([1, 2, 3, 4].map((x) => w.whoami(x)));
  const pids = new Set(who.map((r) => r.pid)).size;
  console.log(`jest-worker ${kind}: ${pids === (threads ? 1 : 2) ? 'expected' : pids} pids, args ${who.map((r) => r.x).join(',')}`);
  try {
    await w.fail();
  } catch (e) {
    console.log(`jest-worker ${kind}: error ${e.message} ${e.code}`);
  }
  console.log(`jest-worker ${kind}: big ${await w.big(1 << 20)}`);
  const { forceExited } = await w.end();
  console.log(`jest-worker ${kind}: ended, forced ${forceExited}`);
}

async function processes() {
  const echo = await execa('echo', ['hello', 'world']);
  console.log('execa echo', JSON.stringify(echo.stdout), echo.exitCode);
  const sh = await execa('sh', ['-c', 'echo out; echo err >&2; exit 3'], { reject: false });
  console.log('execa exit', sh.exitCode, JSON.stringify(sh.stdout), JSON.stringify(sh.stderr), sh.shortMessage);
  try {
    await execa('no-such-command-gonode-example');
  } catch (e) {
    console.log('execa missing', e.code, e.errno);
  }
  try {
    await execa('sleep', ['5'], { timeout: 200 });
  } catch (e) {
    // (e.timedOut is left out: under load node's execa sometimes reports
    // the kill its own timer made as not a timeout.)
    console.log('execa timeout', e.failed, e.signal);
  }
  const cat = execa('cat');
  cat.stdin.end('piped through cat');
  console.log('execa stdin', (await cat).stdout);
  const all = await execa('sh', ['-c', 'echo 1; echo 2 >&2; echo 3'], { all: true });
  console.log('execa all', all.all.split('\n').sort().join(','));
  console.log('execa sync', execa.sync('printf', ['%s-%s', 'a', 'b']).stdout);
  const child = execa.node(require.resolve('./child.js'), [], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
  child.on('message', (m) => {
    console.log('execa.node message', JSON.stringify(m));
    child.send('bye');
  });
  const done = await child;
  console.log('execa.node exit', done.exitCode, JSON.stringify(done.stdout));
  const cs = crossSpawn.sync('sh', ['-c', 'echo cross'], { encoding: 'utf8' });
  console.log('cross-spawn', cs.status, cs.stdout.trim());
  // tree-kill lists the process's children with ps and signals them all.
  const tree = execa('sleep', ['30']);
  tree.once('spawn', () => treeKill(tree.pid, 'SIGTERM', (err) => console.log('tree-kill', err || 'done')));
  try {
    await tree;
  } catch (e) {
    console.log('tree killed', e.signal);
  }
}

(async () => {
  await pool(false);
  await pool(true);
  await processes();
})();
