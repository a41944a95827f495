'use strict';
// util.inspect of URL and URLSearchParams objects.
const util = require('util');
console.log(util.inspect(new URL('https://user:pw@example.com:8080/p/a?x=1&y=2#frag')));
console.log(util.inspect(new URLSearchParams('a=1&b=two&a=3')));
console.log(util.inspect(new URLSearchParams()));
console.log(util.inspect({ nested: new URL('http://x/') }, { depth: 0 }));
console.log(String(new URL('http://x/y')), `${new URLSearchParams({ q: 'a b' })}`);
