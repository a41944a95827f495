'use strict';
// Argument validation: error names, codes and messages for bad arguments to
// spawn, fork, exec, execFile and spawnSync.
const cp = require('child_process');
const cases = [
  ['spawn number', () => cp.spawn(5)],
  ['spawn empty', () => cp.spawn('')],
  ['spawn null byte', () => cp.spawn('a\u0000b')],
  ['spawn args string', () => cp.spawn('ls', 'x')],
  ['spawn options array', () => cp.spawn('ls', [], [])],
  ['spawn cwd number', () => cp.spawn('ls', { cwd: 5 })],
  ['spawn cwd http URL', () => cp.spawn('ls', { cwd: new URL('http://example.com/') })],
  ['spawn cwd file URL with host', () => cp.spawn('ls', { cwd: new URL('file://host/dev/null') })],
  ['spawn cwd file URL with encoded slash', () => cp.spawn('ls', { cwd: new URL('file:///tmp%2Fx') })],
  ['spawn detached', () => cp.spawn('ls', { detached: 'yes' })],
  ['spawn uid', () => cp.spawn('ls', { uid: 1.5 })],
  ['spawn shell', () => cp.spawn('ls', { shell: 5 })],
  ['spawn argv0', () => cp.spawn('ls', { argv0: 5 })],
  ['spawn stdio', () => cp.spawn('ls', { stdio: 'bogus' })],
  ['spawn stdio entry', () => cp.spawn('ls', { stdio: ['pipe', 'bogus'] })],
  ['spawn two ipc', () => cp.spawn('ls', { stdio: ['ipc', 'ipc'] })],
  ['spawn buffer stdio', () => cp.spawn('ls', { stdio: [Buffer.from('x')] })],
  ['spawn timeout', () => cp.spawn('ls', { timeout: -1 })],
  ['spawn killSignal', () => cp.spawn('ls', { killSignal: 'SIGNOPE' })],
  ['spawn killSignal type', () => cp.spawn('ls', { killSignal: {} })],
  ['spawn signal', () => cp.spawn('ls', { signal: {} })],
  ['spawn serialization', () => cp.spawn('ls', { serialization: 'xml' })],
  ['spawn env null byte', () => cp.spawn('ls', { env: { A: 'b\u0000' } })],
  ['fork number', () => cp.fork(5)],
  ['fork args', () => cp.fork('x.js', 5)],
  ['fork options', () => cp.fork('x.js', [], 5)],
  ['fork no ipc', () => cp.fork('x.js', { stdio: ['pipe', 'pipe', 'pipe'] })],
  ['exec number', () => cp.exec(5)],
  ['execFile callback', () => cp.execFile('ls', [], {}, 5)],
  ['execFile maxBuffer', () => cp.execFile('ls', { maxBuffer: -5 })],
  ['spawnSync ipc', () => cp.spawnSync('ls', { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] })],
  ['spawnSync input', () => cp.spawnSync('ls', { stdio: [{ input: 5 }] })],
  ['execSync number', () => cp.execSync(5)],
];
for (const [name, fn] of cases) {
  try {
    fn();
    console.log(name, 'no error');
  } catch (e) {
    console.log(name, '->', e.name, e.code, e.message);
  }
}
