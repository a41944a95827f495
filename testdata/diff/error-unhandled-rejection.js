process.on('exit', (c) => console.log('exit', c));
Promise.reject(new Error('rejected'));
setTimeout(() => console.log('never'), 20);
