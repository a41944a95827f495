// When spawnSync kills the child (timeout, maxBuffer), it stops reading:
// the output is what was read so far, and a grandchild that inherited the
// pipes does not keep it waiting.
const { spawnSync, execSync } = require('child_process');

let t = Date.now();
const r = spawnSync('sh', ['-c', 'echo hi; sleep 5 & sleep 5'], { timeout: 200 });
console.log(r.error && r.error.code, r.status, r.signal, JSON.stringify(String(r.stdout)), Date.now() - t < 3000);

const big = spawnSync('sh', ['-c', 'head -c 200000 /dev/zero; sleep 3'], { maxBuffer: 1000 });
console.log(big.error.code, big.stdout.length <= 65536, big.status, big.signal);

t = Date.now();
try {
  execSync('echo started; sleep 5 & sleep 5', { timeout: 200, stdio: 'pipe' });
} catch (e) {
  console.log(e.code, e.signal, JSON.stringify(String(e.stdout)), Date.now() - t < 3000);
}
