'use strict';
// Shape of the querystring module and its aliases.
const qs = require('querystring');
console.log(JSON.stringify(Object.keys(qs)), require('node:querystring') === qs);
console.log(qs.decode === qs.parse, qs.encode === qs.stringify, typeof qs.unescapeBuffer);
for (const k of Object.keys(qs)) console.log(k, typeof qs[k], qs[k].length);
console.log(Object.getPrototypeOf(qs.parse('')), JSON.stringify(qs.parse('a=1').constructor));
