console.log(typeof process.pid, typeof process.ppid, process.pid > 0);
console.log(process.platform, process.arch === require('os').arch());
console.log(Array.isArray(process.argv), process.argv.length, require('path').isAbsolute(process.argv[1]));
console.log(process.argv0.length > 0, Array.isArray(process.execArgv), typeof process.execPath);
console.log(/^v\d+\.\d+\.\d+$/.test(process.version), typeof process.versions.node);
console.log(process.release.name, typeof process.title, typeof process.cwd());
console.log(typeof process.uptime(), typeof process.hrtime.bigint(), process.hrtime().length);
const d = process.hrtime(process.hrtime()); console.log(d[0] >= 0, d.length);
console.log(Object.keys(process.memoryUsage()).join(','));
console.log(Object.keys(process.cpuUsage()).join(','));
console.log(typeof process.umask(), typeof process.getuid(), typeof process.emitWarning);
// axios tells node from a browser by this tag.
console.log(Object.prototype.toString.call(process), Object.getOwnPropertyDescriptor(process, Symbol.toStringTag));
