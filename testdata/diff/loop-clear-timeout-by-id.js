const t = setTimeout(() => console.log('never'), 10);
console.log(typeof +t, Number.isInteger(+t));
clearTimeout(+t);
const i = setImmediate(() => console.log('never immediate'));
clearImmediate(i);
setTimeout(() => console.log('done'), 15);
