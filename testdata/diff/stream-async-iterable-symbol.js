// Symbol.asyncIterator is a real symbol, usable before 'stream' is loaded.
const iterable = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return { next: () => Promise.resolve(i < 3 ? { value: 'v' + i++, done: false } : { value: undefined, done: true }) };
  },
};
console.log(typeof Symbol.asyncIterator, String(Symbol.asyncIterator));
const { Readable } = require('stream');
console.log('own keys', Object.getOwnPropertyNames(Readable.prototype).includes('undefined'));
Readable.from(iterable).toArray().then((a) => console.log('from', a.join(',')));
const r = Readable.from(['x']);
console.log('readable is async iterable', typeof r[Symbol.asyncIterator]);
