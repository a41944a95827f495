// querystring.parse with separators that are empty strings (String([]))
// never match them, as node's, instead of failing.
const qs = require('querystring');
console.log(qs.parse('a=b&c=d', [], []), qs.parse('a=b&c=d', '', ''), qs.parse('a=b&c=d', [], '='), qs.parse('a=b&c=d', '&', []));
console.log(qs.parse('a=b;c=d', { toString() { return ';'; } }));
