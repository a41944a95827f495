process.on('exit', (c) => console.log('exit', c));
console.log('before');
throw new Error('boom');
