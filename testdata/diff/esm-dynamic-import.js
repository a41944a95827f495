// import() in CommonJS modules (goja does not parse it): core modules,
// CommonJS and ES modules, by relative path, file: URL string and URL
// object, and a missing module (a rejected promise). A method named import
// and the word in strings stay as they are.
const load = require('./fixtures/dynimport/lib.js');

load().then((results) => {
  for (const r of results) console.log(...r);
});
import('./fixtures/dynimport/cjs.js').then((m) => console.log('main module', m.name, Object.keys(m).sort()));
