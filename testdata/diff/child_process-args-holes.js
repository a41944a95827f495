// Arguments arrays with holes and undefined elements: node passes each as
// the string "undefined" (spawn, spawnSync, execFile, execFileSync).
const cp = require('child_process');

const args = ['a', , 'b', undefined]; // eslint-disable-line no-sparse-arrays
console.log(JSON.stringify(cp.spawnSync('echo', args).stdout.toString()));
console.log(JSON.stringify(cp.execFileSync('echo', args, { encoding: 'utf8' })));
cp.execFile('echo', args, (err, out) => {
  console.log('execFile', err, JSON.stringify(out));
  const child = cp.spawn('echo', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out2 = '';
  child.stdout.on('data', (d) => { out2 += d; });
  child.on('close', (code) => console.log('spawn', code, JSON.stringify(out2), JSON.stringify(child.spawnargs)));
});
