// process extras: the uncaught-exception capture callback, resourceUsage,
// memory limits, getgroups, getBuiltinModule; kill's message, chdir and umask
// argument checks, a Symbol assigned to process.env.
console.log(process.hasUncaughtExceptionCaptureCallback());
process.on('uncaughtException', () => console.log('listener (not called)'));
process.setUncaughtExceptionCaptureCallback((e) => console.log('captured', e.message));
try { process.setUncaughtExceptionCaptureCallback(() => {}); } catch (e) { console.log(e.code); }
try { process.setUncaughtExceptionCaptureCallback(5); } catch (e) { console.log(e.code, e.message); }
console.log(process.hasUncaughtExceptionCaptureCallback());
setTimeout(() => { throw new Error('one'); }, 1);
setTimeout(() => {
  process.setUncaughtExceptionCaptureCallback(null);
  console.log(process.hasUncaughtExceptionCaptureCallback());
  setTimeout(() => { throw new Error('two'); }, 1);
}, 5);
const ru = process.resourceUsage();
console.log(Object.keys(ru).join(','), Object.values(ru).every((v) => typeof v === 'number'));
console.log(typeof process.constrainedMemory(), process.availableMemory() > 0, process.getgroups().includes(process.getegid()));
console.log(process.getBuiltinModule('fs') === require('fs'), process.getBuiltinModule('node:path') === require('path'), process.getBuiltinModule('nope'));
process.on('exit', (c) => console.log('exit', c));
try { process.kill(999999); } catch (e) { console.log(JSON.stringify(e.message), e.code, e.errno, e.syscall); }
for (const v of [5, null]) try { process.chdir(v); } catch (e) { console.log(e.code, e.message); }
for (const v of [-1, 'xyz', 0o1000, 1.5]) try { console.log(process.umask(v)); } catch (e) { console.log(e.code, e.message); }
try { process.env.S = Symbol('x'); console.log('set', typeof process.env.S); } catch (e) { console.log(e.name, e.message); }
