// require follows a package's "exports": conditions (require, node,
// default, in the order written), subpath keys, "*" patterns, arrays as
// fallbacks, null refusals, and "exports" winning over "main"; what it
// does not export is ERR_PACKAGE_PATH_NOT_EXPORTED.
const path = require('path');
const fixtures = path.join(__dirname, 'fixtures');
const req = require('module').createRequire(path.join(fixtures, 'x.js'));
const show = (v) => (typeof v === 'string' ? v.replace(fixtures, 'FIXTURES') : v);
for (const request of ['exports-pkg', 'exports-pkg/feature', 'exports-pkg/utils/a', 'exports-pkg/package.json',
  '@scope/conditions']) {
  const v = req(request);
  console.log(request, '=>', typeof v === 'object' ? v.name : v, '|', show(req.resolve(request)));
}
for (const request of ['exports-pkg/utils/secret', 'exports-pkg/lib/feature.js', 'exports-pkg/nope', 'exports-pkg/missing', 'exports-pkg/utils/b']) {
  try {
    req(request);
    console.log(request, 'loaded?');
  } catch (e) {
    console.log(request, '=>', e.code, show(e.message).split('\n')[0]);
  }
}
