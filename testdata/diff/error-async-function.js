process.on('exit', (c) => console.log('exit', c));
async function f() { throw new Error('async boom'); }
f();
