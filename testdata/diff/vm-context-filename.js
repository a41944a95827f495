// Code run in a vm context names its frames after the script's filename
// (evalmachine.<anonymous> by default), as node's, through eval's sourceURL.
const vm = require('vm');
const top = (s) => s.split('\n')[1].trim();
console.log(top(vm.runInNewContext('new Error("x").stack', {}, { filename: '/a/node_modules/x.js' })));
console.log(top(vm.runInNewContext('(function f() { return new Error("y").stack })', {}, { filename: '/a/y.js' })()));
console.log(top(vm.runInNewContext('new Error("z").stack', {})));
const s = new vm.Script('var q = 1; new Error("w").stack', { filename: 'w.js' });
console.log(top(s.runInNewContext({})));
console.log(vm.runInNewContext('typeof q + 1', {}));
