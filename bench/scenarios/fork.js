// fork() to first message, and the child's resident memory once it is up.
// The child is this same script, forked with the argument 'child'.
// The child branch loads nothing beyond child_process (fs is the parent's).
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', () => {});
  process.send('ready');
} else {
  const fs = require('fs');
  const rounds = 10;
  const times = [];
  const rss = [];
  let i = 0;
  const next = () => {
    const start = process.hrtime.bigint();
    const child = fork(__filename, ['child']);
    child.once('message', () => {
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      rss.push(Number(/VmRSS:\s+(\d+)/.exec(status)[1]));
      child.disconnect();
    });
    child.on('exit', () => {
      if (++i < rounds) next();
      else {
        const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
        console.log(`BENCH fork_to_first_message ${med(times).toFixed(2)} ms lower`);
        console.log(`BENCH child_rss ${med(rss)} KiB lower`);
      }
    });
  };
  next();
}
