console.log('stdout 1');
console.error('stderr 1');
console.warn('stderr 2', { obj: true });
console.trace('trace message %d', 5);
console.trace();
console.assert(false, 'assertion to stderr');
console.log('stdout 2');
process.stderr.write('direct stderr\n');
console.log('stdout 3');
