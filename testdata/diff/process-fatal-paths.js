// How a process ends when listeners throw, exit codes of odd types, the
// uncaughtExceptionMonitor event, the UnhandledPromiseRejection error for a
// reason that is not an Error, and argument checks of hrtime/cpuUsage. Each
// case runs in a child of this runtime; its stdout and status are printed.
const { spawnSync } = require('child_process');
const cases = [
  "process.on('exit', () => { throw new Error('in exit'); })",
  "process.exitCode = 3; process.on('exit', () => { throw new Error('in exit'); })",
  "process.on('exit', (c) => console.log('exit', c)); process.on('uncaughtException', () => { throw new Error('in handler'); }); setTimeout(() => { throw new Error('first'); }, 0)",
  "process.on('uncaughtExceptionMonitor', (e, o) => console.log('monitor', e.message, o)); process.on('uncaughtException', (e, o) => console.log('handler', e.message, o)); throw new Error('x')",
  "process.on('uncaughtExceptionMonitor', (e, o) => console.log('monitor', e.message, o)); Promise.reject(new Error('r'))",
  "process.on('exit', (c) => console.log('exit', c, process.exitCode))",
  "process.on('exit', (c) => console.log('exit', c, process.exitCode)); process.exitCode = '0x10'",
  "process.exitCode = 2; process.exit(undefined)",
  "try { process.exit(true) } catch (e) { console.log(e.code, e.message) }",
  "for (const v of [' 3 ', '', 'abc', 1.5, null, '7']) { try { process.exitCode = v; console.log(JSON.stringify(process.exitCode)); } catch (e) { console.log(e.code) } } process.exitCode = 0",
  "process.on('uncaughtException', (e) => console.log(e.name, Object.keys(e), e.message.slice(e.message.indexOf('reason')))); for (const r of ['s', 42, {a: 1}, [1, 2], null, undefined, Symbol('x'), new (class Foo {})(), new Date(0)]) Promise.reject(r)",
  "for (const a of [[1], 'x', [1, 2, 3], null, {}, [0, 0]]) { try { console.log('ok', process.hrtime(a).length); } catch (e) { console.log(e.name, e.code, e.message); } }",
  "for (const a of [{ user: 1 }, { user: -1, system: 0 }, { user: 'a', system: 0 }, 5, 'x', { user: 1, system: 1 }, null, 0]) { try { console.log('ok', Object.keys(process.cpuUsage(a))); } catch (e) { console.log(e.name, e.code, e.message); } }",
  "for (const f of [() => setTimeout('x'), () => Buffer.alloc(-1), () => new (require('events'))().emit('error', 's')]) { try { f() } catch (e) { console.log(Object.keys(e), JSON.stringify(e), e.stack.split('\\n')[0]) } }",
  "require('fs').readFile('/nonexistent', (e) => console.log(JSON.stringify(e.stack), Object.keys(e)))",
];
for (const code of cases) {
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  console.log(`--- status ${r.status}\n${r.stdout}`);
}
