console.log(Object.keys(console));
console.log(typeof console.log, typeof console.table, typeof console.Console, console.Console.name);
console.log(require('console') === console, require('node:console') === console);
console.log(Object.prototype.toString.call(console));
console.log(console.log.length, console.Console.length);
const { log } = console;
log('detached log works');
console.log.call(null, 'call with null this');
console.log(typeof console.profile, typeof console.createTask, typeof console.context);
