// An uncaught error or unhandled rejection emits 'exit' (with
// process.exitCode 1) before the error is printed; a listener's exception
// is swallowed, its process.exitCode is the final code, and process.exit()
// in a listener ends the process there without the report.
const { spawnSync } = require('child_process');

const cases = [
  "process.on('exit', (c) => console.error('exit listener', c, process.exitCode)); throw new Error('plain')",
  "process.on('exit', () => { console.error('exit listener'); process.exit(5); }); throw new Error('plain')",
  "process.on('exit', () => { process.exitCode = 6; throw new Error('in listener'); }); throw new Error('plain')",
  "process.on('exit', (c) => { console.error('exit listener', c); process.exitCode = 4; }); Promise.reject(new Error('rejected'))",
  "process.on('exit', (c) => console.error('exit listener', c)); require('events').prototype.emit.call(new (require('events'))(), 'error', new Error('unhandled error event'))",
];
for (const code of cases) {
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  const lines = r.stderr.split('\n').filter((l) => /^(exit listener|\w*Error)/.test(l));
  console.log(r.status, JSON.stringify(lines));
}
