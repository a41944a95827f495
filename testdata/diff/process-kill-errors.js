try { process.kill(2147483646, 0); } catch (e) { console.log(e.code, e.syscall, e.errno); }
try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.code, e.name); }
console.log(process.kill(process.pid, 0));
