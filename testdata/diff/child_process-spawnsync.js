'use strict';
// spawnSync of the running runtime: status, signal, stdout/stderr, output,
// input, encoding, timeout, maxBuffer and a missing command.
const { spawnSync } = require('child_process');
const node = process.execPath;
const show = (label, r) => {
  const out = (b) => (b === null || b === undefined ? String(b) : JSON.stringify(b.toString()));
  console.log(label, 'status', r.status, 'signal', r.signal, 'stdout', out(r.stdout), 'stderr', out(r.stderr),
    'output', r.output === null ? 'null' : r.output.length, 'pid', typeof r.pid,
    'error', r.error ? `${r.error.code} ${r.error.syscall.split(" ")[0]} ${r.error.errno}` : 'none');
};
const code = (s) => ['-e', s];

show('exit', spawnSync(node, code('process.stdout.write("out"); process.stderr.write("err"); process.exit(4)')));
show('input', spawnSync(node, code('process.stdin.pipe(process.stdout)'), { input: 'fed through stdin' }));
show('encoding', spawnSync(node, code('process.stdout.write("\u00e9t\u00e9")'), { encoding: 'utf8' }));
show('signal', spawnSync(node, code('process.kill(process.pid, "SIGTERM"); setTimeout(() => {}, 5000)')));
show('timeout', spawnSync(node, code('setTimeout(() => {}, 10000)'), { timeout: 100 }));
show('killSignal', spawnSync(node, code('setTimeout(() => {}, 10000)'), { timeout: 100, killSignal: 'SIGKILL' }));
const big = spawnSync(node, code('process.stdout.write("x".repeat(100000)); setInterval(() => {}, 1000)'), { maxBuffer: 100 });
console.log('maxBuffer', big.error && big.error.code, big.signal, big.status);
show('enoent', spawnSync('gonode-no-such-command-xyz', ['q']));
const e = spawnSync('gonode-no-such-command-xyz', ['q']).error;
console.log('enoent error', e.message, e.path, JSON.stringify(e.spawnargs));
show('ignore', spawnSync(node, code('process.stdout.write("hidden")'), { stdio: 'ignore' }));
show('shell', spawnSync('echo $0 "a  b" | tr a-z A-Z', { shell: true, encoding: 'utf8' }));
show('cwd', spawnSync(node, code('process.stdout.write(process.cwd())'), { cwd: '/' }));
show('env', spawnSync(node, code('process.stdout.write(String(process.env.GONODE_T) + " " + ("PATH" in process.env))'), { env: { GONODE_T: 'set' } }));
