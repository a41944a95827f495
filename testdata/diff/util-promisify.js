const util = require('util');
function callbackStyle(a, b, cb) { setTimeout(() => cb(null, a + b), 1); }
function failing(cb) { cb(new Error('failed')); }
function multi(cb) { cb(null, 1, 2); }
multi[Symbol.for('nodejs.util.promisify.customArgs')] = ['first', 'second'];
function withCustom() {}
withCustom[util.promisify.custom] = () => Promise.resolve('custom result');
(async () => {
  console.log(await util.promisify(callbackStyle)(2, 3));
  try { await util.promisify(failing)(); } catch (e) { console.log('rejected:', e.message); }
  console.log(await util.promisify(multi)());
  console.log(await util.promisify(withCustom)());
  console.log(util.promisify(withCustom) === withCustom[util.promisify.custom]);
  console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
  const p = util.promisify(callbackStyle);
  console.log(typeof p, p.name, p.length, util.promisify(p) === p);
  const cbified = util.callbackify(async (x) => x * 2);
  console.log(cbified.name, cbified.length);
  cbified(21, (err, v) => console.log('callbackify:', err, v));
  util.callbackify(async () => { throw new Error('async fail'); })((err) => console.log('callbackify err:', err.message));
  util.callbackify(() => Promise.reject(null))((err) => console.log('falsy:', err.code, err.message, err.reason));
  try { util.promisify(5); } catch (e) { console.log(e.code, e.message); }
  try { util.callbackify('x'); } catch (e) { console.log(e.code, e.message); }
})();
