// ChildProcess used directly: spawn(options) validates its options as node's
// does (no Go panic for a missing property) and spawns with stdio 'pipe'.
const { ChildProcess } = require('child_process');
const child = new ChildProcess();
for (const o of [undefined, null, 'foo', 0]) { try { child.spawn(o) } catch (e) { console.log(e.code, e.message) } }
for (const file of [undefined, null, 0, {}]) { try { child.spawn({ file }) } catch (e) { console.log(e.code, e.message) } }
for (const envPairs of [null, 0, {}, 'foo']) { try { child.spawn({ envPairs, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] }) } catch (e) { console.log(e.code, e.message) } }
for (const args of [null, 0, {}, 'foo']) { try { child.spawn({ file: 'foo', args }) } catch (e) { console.log(e.code, e.message) } }
const c = new ChildProcess();
c.spawn({ file: process.execPath, args: [process.execPath, '-e', "process.stdout.write('ready'); setTimeout(() => {}, 10000)"], cwd: process.cwd(), stdio: 'pipe' });
console.log(Object.hasOwn(c, 'pid'), Number.isInteger(c.pid), typeof c.stdout);
try { c.kill('foo') } catch (e) { console.log(e.code, e.message) }
c.on('exit', (code, sig) => console.log('exit', code, sig));
// Killed once it runs: a signal during its start-up would race the
// runtime's own (a race-detector build's) signal set-up.
c.stdout.once('data', () => console.log(c.kill()));
