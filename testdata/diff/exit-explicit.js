setTimeout(() => console.log('never'), 100);
process.on('exit', (c) => console.log('exit', c));
console.log('before');
process.exit(5);
console.log('after');
