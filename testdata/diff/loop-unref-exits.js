const t = setTimeout(() => console.log('never'), 10000);
t.unref();
console.log('hasRef', t.hasRef());
process.on('exit', (c) => console.log('exit', c));
