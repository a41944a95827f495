// process's POSIX credential setters: an id (a uint32) or a name; an
// unknown name is ERR_UNKNOWN_CREDENTIAL; setting the ids the process has
// changes nothing; what the kernel refuses is node's errno exception.
const os = require('os');
const tryIt = (label, fn) => {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message, e.syscall, e.errno); }
};
const me = os.userInfo();
console.log(['setuid', 'setgid', 'seteuid', 'setegid', 'setgroups', 'initgroups'].map((k) => `${k}:${typeof process[k]}:${process[k].length}`).join(' '));
for (const k of ['setuid', 'setgid', 'seteuid', 'setegid']) {
  tryIt(`${k}({})`, () => process[k]({}));
  tryIt(`${k}(-1)`, () => process[k](-1));
  tryIt(`${k}(1.5)`, () => process[k](1.5));
  tryIt(`${k}(2 ** 33)`, () => process[k](2 ** 33));
  tryIt(`${k}('no-such-name-xyz')`, () => process[k]('no-such-name-xyz'));
}
tryIt('setuid(own)', () => process.setuid(process.getuid()));
tryIt('seteuid(own name)', () => process.seteuid(me.username));
tryIt('setgid(own)', () => process.setgid(process.getgid()));
tryIt('setegid(own)', () => process.setegid(process.getegid()));
console.log(process.getuid() === me.uid, process.geteuid() === me.uid);
tryIt('setgroups(1)', () => process.setgroups(1));
tryIt('setgroups([{}])', () => process.setgroups([{}]));
tryIt('setgroups([no-such])', () => process.setgroups(['no-such-group-xyz']));
tryIt('initgroups(no-such, 0)', () => process.initgroups('no-such-name-xyz', 0));
tryIt('initgroups(me, no-such)', () => process.initgroups(me.username, 'no-such-group-xyz'));
tryIt('initgroups(me, gid)', () => process.initgroups(me.username, process.getgid()));
console.log(process.getgroups().includes(process.getgid()));
