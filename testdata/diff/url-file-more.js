'use strict';
// File URL parsing and path conversion edge cases.
const url = require('url');
for (const s of ['file:', 'file:/', 'file://', 'file:///', 'file:////x', 'file://localhost', 'file://LOCALHOST/x', 'file://h:1/',
  'file://u@h/', 'file:///C:', 'file:///C:/', 'file:C:', 'file:/C|/x', 'file:///a/./b/../c', 'file:///%2e%2e/x', 'file:?', 'file:#',
  'file://h/C:/x', 'file:..', 'file:/../x']) {
  try {
    const u = new URL(s);
    console.log(JSON.stringify(s), u.href, JSON.stringify(u.host), u.pathname, u.origin);
  } catch (e) {
    console.log(JSON.stringify(s), e.code);
  }
}
for (const [r, b] of [['x', 'file:///C:/a/b'], ['/x', 'file:///C:/a/b'], ['..', 'file:///C:/'], ['//h/x', 'file:///a'], ['file:x', 'file:///a/b'],
  ['file:/x', 'file://h/a'], ['?q', 'file:///a'], ['D:', 'file:///C:/a']]) {
  console.log(JSON.stringify([r, b]), new URL(r, b).href);
}
const u = new URL('file:///tmp/x');
u.host = 'example.com';
console.log(u.href);
u.host = 'localhost';
console.log(u.href);
u.pathname = 'a b/c#d?e';
console.log(u.href, url.fileURLToPath(u));
console.log(url.pathToFileURL('/%2f').href, url.fileURLToPath(url.pathToFileURL('/a%b/c d')));
