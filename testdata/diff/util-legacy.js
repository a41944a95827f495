const util = require('util');
const values = [null, undefined, 0, 'str', Symbol('s'), true, {}, [], () => {}, new Date(), /x/, new Error('e'), Buffer.alloc(1)];
for (const name of ['isArray', 'isBoolean', 'isBuffer', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString',
  'isSymbol', 'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive']) {
  console.log(name.padEnd(18), values.map((v) => (util[name](v) ? 1 : 0)).join(''));
}
console.log(util.toUSVString('ok\ud800'), util.stripVTControlCharacters('\x1b[31mred\x1b[39m'));
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-9999));
console.log(util.getSystemErrorMap().get(-2), util.getSystemErrorMap().size > 50);
for (const v of [2, 'x', 1.5]) {
  try { util.getSystemErrorName(v); } catch (e) { console.log(e.code, e.message); }
}
console.log(util.styleText('red', 'not a tty'), util.styleText(['bold', 'underline'], 'plain'));
try { util.styleText('nocolor', 'x'); } catch (e) { console.log(e.code); }
console.log(util.parseEnv('A=1\n# comment\nB="two words"\nexport C=3 # trailing\nD=\'x\''));
const dbg = util.debuglog('mytest');
console.log(typeof dbg, dbg.enabled);
dbg('not printed');
const err = util._errnoException(-2, 'open');
console.log(err.code, err.errno, err.syscall, err.message);
