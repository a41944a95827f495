// A hook that throws ends the process with code 1 after 'exit', as in node;
// 'uncaughtException' listeners do not see it.
const ah = require('async_hooks');
process.on('uncaughtException', (e) => console.log('not called', e.message));
process.on('exit', (code) => console.log('exit', code));
ah.createHook({ before() { throw new Error('boom'); } }).enable();
setTimeout(() => console.log('not reached'), 1);
console.log('main done');
