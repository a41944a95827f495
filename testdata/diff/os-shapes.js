'use strict';
// Deterministic facts about os: types, shapes and cross-checks.
const os = require('os');
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0, cpus.length === os.availableParallelism());
for (const c of cpus) {
  console.log(Object.keys(c).join(), typeof c.model, Number.isInteger(c.speed), Object.keys(c.times).join(),
    Object.values(c.times).every((t) => Number.isInteger(t) && t >= 0 && t % 10 === 0));
}
console.log(typeof os.hostname(), os.hostname().length > 0, os.platform(), os.type(), typeof os.release(), typeof os.version());
console.log(os.arch() === process.arch, typeof os.machine(), os.endianness(), JSON.stringify(os.EOL), os.devNull);
const total = os.totalmem();
const free = os.freemem();
console.log(Number.isInteger(total), Number.isInteger(free), total > 0, free > 0, free <= total);
const la = os.loadavg();
console.log(la.length, la.every((x) => typeof x === 'number' && x >= 0));
console.log(typeof os.uptime(), os.uptime() > 0);
console.log(os.homedir() === process.env.HOME, os.tmpdir());
const ui = os.userInfo();
console.log(Object.getPrototypeOf(ui), Object.keys(ui).join(), typeof ui.uid, typeof ui.gid, typeof ui.username, typeof ui.shell);
const ub = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(ub.username), Buffer.isBuffer(ub.homedir), Buffer.isBuffer(ub.shell), ub.username.toString() === ui.username);
console.log(Object.keys(os).join());
console.log(`${os.type}` === os.type(), `${os.arch}` === os.arch(), `${os.platform}`, +os.totalmem === os.totalmem());
