// The small core modules that are others under another name: sys (util,
// with DEP0025), path/posix (path.posix) and inspector/promises (a Session
// whose post returns a promise).
process.on('warning', (w) => console.log('warning', w.code, w.message));
const util = require('util');
console.log(require('sys') === util, require('node:sys') === util);
const path = require('path');
console.log(require('path/posix') === path.posix, require('node:path/posix').join('a', 'b'));
const ip = require('inspector/promises');
console.log(Object.keys(ip).filter((k) => k !== 'Network').sort(), typeof ip.Session);
const s = new ip.Session();
s.connect();
const p = s.post('Nope.method');
console.log(p instanceof Promise);
p.catch((e) => console.log('rejected', e.code, e.message));
