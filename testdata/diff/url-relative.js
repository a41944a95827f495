'use strict';
// RFC 3986 reference resolution examples through the WHATWG parser.
const base = 'http://a/b/c/d;p?q';
const refs = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..',
  '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g',
  './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', '\\g', '\\\\g',
  '/\\g', 'g\\h', '%2e%2e/g', '.%2E/g', 'g%2fh', ' g ', 'g\th', '//@g', '//u:p@g:81', 'https:g', 'file:g', 'HTTP://A/G'];
for (const r of refs) {
  for (const b of [base, 'foo://a/b/c/d;p?q', 'file:///a/b/c']) {
    let out;
    try { out = new URL(r, b).href; } catch (e) { out = e.code; }
    console.log(JSON.stringify([r, b]), out);
  }
}
