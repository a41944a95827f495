'use strict';
// WHATWG URL parsing of assorted inputs, with and without a base.
const inputs = [
  ['http://example.com'], ['HTTP://EXAMPLE.COM:80/'], ['https://a.b:443/x'], ['http://a:8080'], ['http://a:0/'],
  ['http://a:65535'], ['http://a:65536'], ['http://a:b'], ['http://[::1]:3000/p'], ['http://[1:2:3:4:5:6:7:8]/'],
  ['http://[::ffff:1.2.3.4]/'], ['http://[1::]/'], ['http://[0:0:1:0:0:0:1:0]/'], ['http://[1:0:0:2::3:0]/'], ['http://[::1.2.3]/'],
  ['http://[fe80::1%25eth0]/'], ['http://0x7f.1/'], ['http://0177.0.0.1/'], ['http://2130706433/'], ['http://127.1/'],
  ['http://1.2.3.4.5/'], ['http://1.2.3.256/'], ['http://1.2.3.4./'], ['http://999999999999/'], ['http://0x/'],
  ['http://foo.09/'], ['http://09.foo/'], ['http://münchen.de/ä?ö#ü'], ['http://EXAMPLE.com./'], ['http://ex%41mple.com/'],
  ['http://a b/'], ['http://a<b/'], ['http://a%20b/'], ['http://xn--nxasmq6b.com/'], ['http://xn--a/'], ['http://ＥＸＡＭＰＬＥ.com/'],
  ['http://user@host/'], ['http://user:@host/'], ['http://:pass@host/'], ['http://u:p@h:1/'], ['http://a@b@c/'], ['http://@host/'],
  ['http://u%20x:p%3A@host/'], ['http:/example.com/'], ['http:example.com/'], ['http:\\\\example.com\\a\\b'], ['http://'],
  ['  http://example.com/  '], ['http://exa\tmple.com/\n'], ['http://a/b/../../../c'], ['http://a/b/./c/.'], ['http://a/%2e%2E/c'],
  ['http://a/b/%2e'], ['http://a/b?c#d#e'], ['http://a/?q=a b\'"<>'], ['ws://a/?q=\''], ['foo://a/?q=\''], ['http://a/#f "<>`'],
  ['http://a/p a"<>`{}|^'], ['file:///etc/passwd'], ['file://localhost/etc'], ['file://host/share/x'], ['file:/a/b'], ['file:a'],
  ['file:///C:/a/../..'], ['file:///C|/a'], ['file:c:\\a'], ['file://C:/x'], ['file:'], ['file:?q'], ['file:#f'],
  ['mailto:user@example.com'], ['data:text/plain,hello world'], ['javascript:alert(1)'], ['about:blank'], ['blob:https://a.com/uuid'],
  ['blob:foo'], ['sc://ñ/x'], ['sc://a b/'], ['sc://%/'], ['sc:/a/../b'], ['sc:a/b/../c'], ['sc://x/..'], ['sc://x/a/../..'], ['sc:/..'], ['sc://x/%2e%2e'], ['git+ssh://git@github.com/a/b.git'],
  ['urn:isbn:0451450523'], ['non-spec:/.//p'], ['non-spec:/..//p'], ['web+demo:/.//not-a-host/'], ['a:\t foo.com'],
  ['foo'], [''], ['//x'], ['/path'], ['?q'], ['#h'], ['http://a/b'], ['1http://a'], ['ht~tp://a'], ['h.t-t+p://a'],
  ['data:space ?x'], ['data:sp  #f'], ['data:x\u00e9'], ['http://a/\ud800'], ['http://a/\u{1F600}'], ['HTTPS://A/%7e%zz'],
];
const bases = [undefined, 'http://base.com/dir/file?bq#bh', 'file:///C:/dir/f', 'sc://host/path', 'mailto:x@y', 'about:blank'];
const rel = ['', 'x', '../y', '/z', '//other/p', '?q2', '#h2', 'http:rel', 'https:rel', 'file:rel', 'C|/x', '/C:/y', '\\\\srv\\share',
  '.', '..', './', '../../../../q', 'g;x?y', ';x', 'mailto:z', 'sc:q'];
const fields = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash', 'origin'];
function show(input, base) {
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    return JSON.stringify(fields.map((f) => u[f]));
  } catch (e) {
    return `${e.name} ${e.code} ${e.message} ${JSON.stringify(e.input)} ${JSON.stringify(e.base)}`;
  }
}
for (const [input] of inputs) console.log(JSON.stringify(input), show(input));
for (const base of bases) {
  for (const r of rel) console.log(JSON.stringify([r, base]), show(r, base));
}
console.log(URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://b/'), URL.canParse('x', 'bad'));
