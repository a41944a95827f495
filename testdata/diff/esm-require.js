// require() of ES modules, as node 20 does it: a "type": "module" package
// (named, default, renamed and re-exported bindings, export * and export *
// as, a live let binding, import.meta.url, dynamic import()) and a .mjs
// file importing CommonJS and core modules. The namespace object is
// printed whole and piece by piece.
const ns = require('./fixtures/esm-pkg');
console.log(ns);
console.log(Object.keys(ns), Object.prototype.toString.call(ns), Object.getPrototypeOf(ns));
console.log(ns.default(), ns.default.name, ns.f(3), ns.K.n, ns.renamed, ns.moreNs.m1, ns.moreNs.default, ns.url);
console.log(ns.counter); ns.bump(); console.log(ns.counter);
console.log(Object.getOwnPropertyDescriptor(ns, 'a'), Object.isExtensible(ns));
try { ns.x = 1; console.log('no throw'); } catch (e) { console.log(e.name); }
console.log(require('./fixtures/esm-pkg/more.js') === ns.moreNs);
console.log(require('./fixtures/esm-plain.mjs'));
ns.later().then((v) => console.log('later', v));
console.log(require('./fixtures/esm-plain2.mjs').results);
try { require('import-only'); } catch (e) { console.log(e.code); }
