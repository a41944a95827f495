// Delays past 2**31-1 ms (Infinity, numeric strings included) run after 1 ms
// with a TimeoutOverflowWarning, as in node.
process.on('warning', (w) => console.log(w.name, JSON.stringify(w.message)));
setTimeout(() => console.log('fired 2**31'), 2 ** 31);
setTimeout(() => console.log('fired inf'), Infinity);
setTimeout(() => console.log('fired str'), '3000000000');
setTimeout(() => console.log('fired 1e21'), 1e21);
const i = setInterval(() => { console.log('interval'); clearInterval(i); }, 2 ** 32);
setTimeout(() => console.log('fired NaN'), 'abc');
