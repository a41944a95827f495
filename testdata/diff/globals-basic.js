console.log(typeof global, global === globalThis, typeof process, typeof setTimeout, typeof queueMicrotask);
console.log(typeof Buffer, typeof URL, typeof URLSearchParams, typeof TextEncoder, typeof TextDecoder);
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
console.log(this === module.exports);
