// An ES module's code does not see CommonJS's require, module, exports,
// __filename and __dirname, its top-level this is undefined, and its
// import() still works (fixtures/esm-scope.mjs).
import('./fixtures/esm-scope.mjs').then(async (m) => {
  console.log(m.scope, m.meta, m.umd, await m.later());
});
