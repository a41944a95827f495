// zlib.constants and zlib.codes cannot be changed: each constant is
// read-only and not configurable (the object stays extensible), codes is
// frozen and the exports' properties are read-only. (Sloppy mode: the
// assignments are ignored; in strict code they throw.)
const zlib = require('zlib');
zlib.constants.Z_OK = 1;
console.log('Z_OK', zlib.constants.Z_OK);
console.log('delete', delete zlib.constants.Z_FINISH, zlib.constants.Z_FINISH);
console.log('descriptor', JSON.stringify(Object.getOwnPropertyDescriptor(zlib.constants, 'BROTLI_PARAM_QUALITY')));
console.log('extensible', Object.isExtensible(zlib.constants), Object.isFrozen(zlib.constants));
zlib.codes.Z_OK = 1;
zlib.codes = { Z_OK: 1 };
console.log('codes', zlib.codes.Z_OK, zlib.codes['0'], Object.isFrozen(zlib.codes));
zlib.constants = {};
console.log('constants', Object.keys(zlib.constants).length > 100);
try {
  (() => { 'use strict'; zlib.constants.Z_SYNC_FLUSH = 9; })();
} catch (e) {
  console.log('strict', e.name);
}
