'use strict';
// send() argument and serialization errors (thrown synchronously), sending
// after disconnect (callback or 'error'), and a second disconnect().
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    process.send({ got: m });
  });
  return;
}

const child = fork(__filename, ['child']);
const circular = { name: 'c' };
circular.self = circular;
const bad = [undefined, Symbol('s'), () => 1, 10n, circular, { n: 1n }, [1, { x: 2n }]];
for (const v of bad) {
  try {
    child.send(v);
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message.split('\n')[0]);
  }
}
for (const opts of [null, 5, 'x']) {
  try {
    child.send('m', undefined, opts);
    console.log('no throw');
  } catch (e) {
    console.log('options', JSON.stringify(opts), e.name, e.code);
  }
}
try {
  child.send('m', 42);
} catch (e) {
  console.log('bad handle', e.name, e.code, e.message);
}
console.log('send returns', child.send('ok', (err) => console.log('send cb err', err)));
child.once('message', (m) => {
  console.log('reply', JSON.stringify(m));
  child.disconnect();
  console.log('connected after disconnect', child.connected);
  console.log('send after disconnect returns', child.send('late', (err) => {
    console.log('late cb', err.name, err.code, err.message);
    child.once('error', (e) => {
      console.log('error event', e.name, e.code, e.message);
      child.once('error', (e2) => console.log('second disconnect', e2.name, e2.code, e2.message));
      child.disconnect();
    });
    child.send('later');
  }));
});
child.on('exit', (code, signal) => console.log('exit', code, signal));
