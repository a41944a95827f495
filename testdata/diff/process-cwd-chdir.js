const os = require('os');
const start = process.cwd();
process.chdir(os.tmpdir());
console.log(process.cwd() === require('fs').realpathSync(os.tmpdir()));
try { process.chdir('/no/such/dir/x'); } catch (e) { console.log(e.code, e.syscall); }
process.chdir(start);
console.log(process.cwd() === start);
