// One-way IPC throughput, child to parent: small messages, then 64 KiB ones.
const { fork } = require('child_process');

const SMALL = 200000;
const LARGE = 2000;

if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    const count = m === 'small' ? SMALL : LARGE;
    const body = m === 'small' ? 'x' : 'y'.repeat(64 * 1024);
    let i = 0;
    const burst = () => {
      // Send until the channel pushes back, then continue on the next turn.
      while (i < count) {
        const ok = process.send({ i, body });
        i++;
        if (!ok) return setImmediate(burst);
      }
    };
    burst();
  });
} else {
  const child = fork(__filename, ['child']);
  const run = (kind, count, done) => {
    let got = 0;
    const start = process.hrtime.bigint();
    const onMessage = () => {
      if (++got < count) return;
      child.off('message', onMessage);
      const secs = Number(process.hrtime.bigint() - start) / 1e9;
      console.log(`BENCH oneway_${kind} ${(count / secs).toFixed(0)} msgs_per_s higher`);
      done();
    };
    child.on('message', onMessage);
    child.send(kind);
  };
  run('small', SMALL, () => run('64k', LARGE, () => child.disconnect()));
}
