// IPC round trips per second with one message in flight.
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (m) => process.send(m));
} else {
  const child = fork(__filename, ['child']);
  const duration = 2000;
  let n = 0;
  let start;
  child.on('message', () => {
    n++;
    if (Date.now() - start < duration) {
      child.send({ seq: n, payload: 'ping' });
      return;
    }
    const secs = (Date.now() - start) / 1000;
    console.log(`BENCH roundtrips ${(n / secs).toFixed(0)} per_s higher`);
    child.disconnect();
  });
  start = Date.now();
  child.send({ seq: 0, payload: 'ping' });
}
