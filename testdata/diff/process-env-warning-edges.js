// Edges found by node's own tests: process.env takes only a configurable,
// writable, enumerable data descriptor (ERR_INVALID_OBJECT_DEFINE_PROPERTY
// otherwise) and drops an empty name; a warning whose toString is not a
// function is printed through Error.prototype.toString; a string written
// to a socket as 'buffer' is node's ERR_INVALID_ARG_TYPE.
const net = require('net');
const tryIt = (label, fn) => {
  try { console.log(label, fn()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
};
process.env[''] = 'x';
console.log('empty name', JSON.stringify(process.env['']), Object.keys(process.env).includes(''));
tryIt('value only', () => Object.defineProperty(process.env, 'ENVDEF_TEST_A', { value: '1' }) && process.env.ENVDEF_TEST_A);
tryIt('full data', () => Object.defineProperty(process.env, 'ENVDEF_TEST_B', { value: 2, writable: true, enumerable: true, configurable: true }) && process.env.ENVDEF_TEST_B);
tryIt('not enumerable', () => Object.defineProperty(process.env, 'ENVDEF_TEST_C', { value: '3', writable: true, enumerable: false, configurable: true }));
tryIt('getter', () => Object.defineProperty(process.env, 'ENVDEF_TEST_D', { get() { return 'x'; } }));
tryIt('empty descriptor', () => Object.defineProperty(process.env, 'ENVDEF_TEST_E', {}));
console.log(Object.keys(process.env).filter((k) => k.startsWith('ENVDEF_TEST_')));

const err = new Error('test');
err.toString = 1;
process.on('warning', (w) => console.log('warning event', w === err));
process.emitWarning(err);

const srv = net.createServer().listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1', () => {
    tryIt('write as buffer', () => c.write('broken', 'buffer'));
    tryIt('write as hex', () => c.write('00ff', 'hex'));
    c.destroy();
    srv.close();
  });
});
