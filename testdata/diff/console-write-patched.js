const original = process.stdout.write;
const captured = [];
process.stdout.write = function (chunk, ...rest) {
  captured.push(String(chunk));
  return true;
};
console.log('captured line', { n: 1 });
console.info('captured info');
process.stdout.write = original;
console.log('restored');
console.log(JSON.stringify(captured));
const errOriginal = process.stderr.write;
const errCaptured = [];
process.stderr.write = (chunk) => { errCaptured.push(String(chunk)); return true; };
console.error('err captured');
console.warn('warn captured');
process.stderr.write = errOriginal;
console.log(JSON.stringify(errCaptured));
