'use strict';
// exec and execFile: stdout/stderr strings or buffers, failing commands,
// timeouts, maxBuffer, util.promisify, and the synchronous forms.
const cp = require('child_process');
const util = require('util');
const node = JSON.stringify(process.execPath);

function step(i) {
  const steps = [
    (next) => cp.exec(`${node} -e "console.log('hi'); console.error('oops')"`, (err, stdout, stderr) => {
      console.log('exec', err, JSON.stringify(stdout), JSON.stringify(stderr));
      next();
    }),
    (next) => cp.exec('exit 7', (err, stdout, stderr) => {
      console.log('exec fail', err.message.split('\n')[0], err.code, err.killed, err.signal, err.cmd, JSON.stringify(stdout));
      next();
    }),
    (next) => cp.execFile(process.execPath, ['-e', 'process.stdout.write("buf")'], { encoding: 'buffer' }, (err, stdout) => {
      console.log('execFile buffer', err, Buffer.isBuffer(stdout), stdout.toString());
      next();
    }),
    (next) => cp.execFile(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], { timeout: 50 }, (err) => {
      console.log('execFile timeout', err.code, err.killed, err.signal);
      next();
    }),
    (next) => cp.exec(`${node} -e "process.stdout.write('y'.repeat(5000))"`, { maxBuffer: 10 }, (err, stdout) => {
      console.log('maxBuffer', err.name, err.code, err.message, JSON.stringify(stdout));
      next();
    }),
    (next) => util.promisify(cp.exec)('echo promised').then((r) => {
      console.log('promisify', JSON.stringify(r));
      return util.promisify(cp.execFile)('sh', ['-c', 'echo no >&2; exit 2']);
    }).catch((err) => {
      console.log('promisify rejects', err.code, JSON.stringify(err.stdout), JSON.stringify(err.stderr));
      next();
    }),
    (next) => {
      console.log('execSync', JSON.stringify(cp.execSync('echo sync').toString()));
      console.log('execSync enc', JSON.stringify(cp.execSync('printf abc', { encoding: 'utf8' })));
      console.log('execFileSync', JSON.stringify(cp.execFileSync(process.execPath, ['-e', 'process.stdout.write("f")'], { encoding: 'utf8' })));
      try {
        cp.execSync('echo bad >&2; exit 3', { stdio: 'pipe' });
      } catch (e) {
        console.log('execSync throws', e.status, e.signal, JSON.stringify(e.stderr.toString()), e.message.split('\n')[0]);
      }
      try {
        cp.execFileSync('gonode-no-such-command-xyz');
      } catch (e) {
        console.log('execFileSync enoent', e.code, e.syscall, e.path, e.status);
      }
      next();
    },
  ];
  if (i < steps.length) steps[i](() => step(i + 1));
}
step(0);
