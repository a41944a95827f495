process.on('exit', (c) => console.log('exit', c));
setTimeout(() => { throw new TypeError('late'); }, 1);
setTimeout(() => console.log('never'), 20);
