// %s treats only ECMAScript built-ins as built-in: node's own classes
// (URL, Buffer, URLSearchParams...) are converted with String().
const util = require('util');
console.log('%s', new URL('http://a.com/x'));
console.log(util.format('%s', Buffer.from('a')));
console.log(util.format('%s|%s', new URLSearchParams('a=1&b=2'), new TextEncoder()));
console.log(util.format('%s', new EventTarget()));
class MyMap extends Map {}
console.log(util.format('%s', new MyMap([[1, { a: [1] }]])));
class Custom { toString() { return 'custom'; } }
console.log(util.format('%s', new Custom()), util.format('%s', [1, [2, [3]]]));
// %i keeps the sign of a negative zero.
console.log(util.format('%i %i %i %i %i', -0.5, '-0.9', ' -0x0', '-abc', { toString() { return '-0'; } }));
console.log(util.format('%i %i %d %d', -0, 0.5, -0, '-0'));
