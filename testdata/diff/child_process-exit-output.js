// A child's 'exit' comes after the output it wrote before exiting has been
// emitted (node's loop reads ready pipes before it reports the exit), also
// for a run of quick children and a silent fork that fails; a grandchild
// holding the pipe delays 'close', not 'exit'.
const { spawn, fork } = require('child_process');
const path = require('path');

function quick(n, done) {
  let missing = 0;
  let left = n;
  const one = () => {
    const c = spawn('sh', ['-c', 'echo out; echo err >&2; exit 1']);
    let out = '';
    let err = '';
    c.stdout.on('data', (d) => { out += d; });
    c.stderr.on('data', (d) => { err += d; });
    c.on('exit', (code) => { if (out !== 'out\n' || err !== 'err\n' || code !== 1) missing++; });
    c.on('close', () => (--left > 0 ? one() : done(missing)));
  };
  one();
}

quick(20, (missing) => {
  console.log('quick children missing output at exit:', missing);
  const f = fork(path.join(__dirname, 'no-such-module.js'), [], { silent: true });
  let err = '';
  f.stderr.on('data', (d) => { err += d; });
  f.on('exit', (code) => {
    console.log('failed fork exit', code, /Cannot find module/.test(err));
    const t0 = Date.now();
    const g = spawn('sh', ['-c', 'sleep 1 & echo hi']);
    let out = '';
    g.stdout.on('data', (d) => { out += d; });
    g.on('exit', () => console.log('grandchild case exit', JSON.stringify(out), Date.now() - t0 < 800));
    g.on('close', () => console.log('grandchild case close', Date.now() - t0 >= 900));
  });
});
