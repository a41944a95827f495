// A worker's process.execArgv: its parent's, or the flags of its own
// execArgv option (up to the first argument that is not one, where node's
// option parser stops); the option must be an array. The parent runs
// with a flag of its own.
const { Worker, isMainThread, workerData } = require('worker_threads');

if (isMainThread && process.argv[2] !== 'run') {
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, ['--stack-trace-limit=5', __filename, 'run'], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
  console.log('exit', r.status);
} else if (isMainThread) {
  console.log('main', process.execArgv);
  const run = (options) => new Promise((resolve) => {
    const w = new Worker(__filename, { ...options, workerData: options.execArgv ? 'own' : 'inherited' });
    w.on('message', (m) => console.log(...m));
    w.on('exit', resolve);
  });
  (async () => {
    await run({});
    await run({ execArgv: ['--no-warnings', 3] });
    await run({ execArgv: [] });
    await run({ execArgv: ['foo', '--no-warnings'] });
    try {
      new Worker(__filename, { execArgv: 'x' });
    } catch (e) {
      console.log(e.code, e.message);
    }
  })();
} else {
  require('worker_threads').parentPort.postMessage(['worker', workerData, process.execArgv]);
}
