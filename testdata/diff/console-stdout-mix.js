console.log('console first');
process.stdout.write('stdout write\n');
console.log('console second', [1, 2]);
process.stdout.write('no newline ');
console.log('after partial');
setTimeout(() => {
  console.log('in timer');
  process.stdout.write('timer write\n');
}, 1);
Promise.resolve().then(() => console.log('in microtask'));
process.nextTick(() => console.log('in nextTick'));
console.log('sync end');
