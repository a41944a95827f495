// Error.prepareStackTrace is node 20's default function, ErrorPrepareStackTrace:
// callable by a program's own prepareStackTrace to fall back on.
const p = Error.prepareStackTrace;
console.log(p.name, p.length, Object.getOwnPropertyNames(Error).filter((n) => n !== 'isError').join());
console.log(JSON.stringify(p(new Error('x'), [])), JSON.stringify(p({ name: 'N', message: 'm' }, [])), JSON.stringify(p({}, [])));
let sites;
Error.prepareStackTrace = (e, t) => { sites = t; return 'custom'; };
function named() { return new Error('y').stack; }
console.log(named());
Error.prepareStackTrace = p;
console.log(p(new Error('z'), sites.slice(0, 1)).split('\n').map((l) => l.replace(/\(.*\)/, '(…)')).join('|'));
// A wrapper that falls back to the default, as libraries do:
Error.prepareStackTrace = (e, t) => 'wrapped ' + p(e, t.slice(0, 1)).split('\n')[0];
console.log(new Error('w').stack);
Error.prepareStackTrace = p;
console.log(new Error('d').stack.split('\n')[0]);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace'), ['writable', 'enumerable', 'configurable']));
