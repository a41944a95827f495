// The module jest-worker runs in its workers.
exports.square = (n) => n * n;
exports.whoami = async (x) => ({ pid: process.pid, x });
exports.fail = () => {
  const e = new Error('boom');
  e.code = 'EBOOM';
  throw e;
};
exports.big = (n) => 'x'.repeat(n).length;
