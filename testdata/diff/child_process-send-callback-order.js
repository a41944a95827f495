// send() callbacks run in the order of the sends, also when the channel
// backs up and some writes complete at once while earlier ones wait.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => { if (m === 'end') process.disconnect(); });
  return;
}
const child = fork(__filename, ['child']);
const order = [];
for (let i = 0; i < 1000; i++) child.send({ i, pad: 'p'.repeat(1000) }, () => order.push(i));
child.send('end');
child.on('exit', () => {
  const runs = [];
  let start = order[0];
  for (let k = 1; k <= order.length; k++) {
    if (k === order.length || order[k] !== order[k - 1] + 1) {
      runs.push(`${start}-${order[k - 1]}`);
      start = order[k];
    }
  }
  console.log(order.length, runs.join(' '));
});
