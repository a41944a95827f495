class Point { constructor(x, y) { this.x = x; this.y = y; } }
console.log(new Point(1, 2), [new Point(3, 4)]);
console.log('%s', new Point(1, 2), 'and %s', 'rest');
console.log(new Error('msg').message, Object.keys(new Error('x')));
const e = new Error('printed');
e.stack = 'Error: printed\n    at fake (/fake.js:1:1)';
console.log(e);
console.log({ err: e });
console.log([undefined, null], { u: undefined });
console.log(function named() {}, class K {}, Symbol.for('x'));
console.log(new Date(0), /re/g, new Set([1]), new WeakMap());
console.log(Promise.resolve('resolved'), new Promise(() => {}));
console.log(Buffer.from('buffer'), new Uint8Array(3));
console.log(process.version.startsWith('v'), typeof process.pid);
