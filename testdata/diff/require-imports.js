// A package's "imports": a #name request from a CommonJS module inside
// it, and one it does not define (ERR_PACKAGE_IMPORT_NOT_DEFINED).
console.log(require('./fixtures/imports-pkg/t.js'));
