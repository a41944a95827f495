// The deprecated 'constants' module: os, fs and crypto constants in one
// frozen object (graceful-fs, under fs-extra, requires it).
const c = require('constants');
console.log(Object.isFrozen(c), c.O_RDONLY, c.O_CREAT, c.S_IFMT, c.SIGTERM, c.SIGKILL, c.ENOENT, c.EADDRINUSE, c.PRIORITY_LOW, c.RTLD_LAZY);
const os = require('os').constants;
const fs = require('fs').constants;
console.log(Object.keys(os.signals).every((k) => c[k] === os.signals[k]), Object.keys(fs).every((k) => c[k] === fs[k]));
console.log(Object.keys(c).indexOf('RTLD_LAZY'), Object.keys(c).indexOf('E2BIG') > Object.keys(c).indexOf('RTLD_LAZY'));
console.log(require('constants') === c);
