console.log(require.main === module);
console.log(module.filename === __filename);
console.log(typeof module.exports, module.loaded);
console.log(require('path').basename(__filename), require('path').basename(__dirname));
setImmediate(() => console.log('loaded later', module.loaded));
