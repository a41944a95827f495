// http2 loads with node's constants and default settings, so that clients
// with an optional HTTP/2 path (axios) load; gonode's functions throw
// ERR_GONODE_NO_HTTP2 (modules/http2's test), node's work.
const http2 = require('http2');
const { constants } = http2;
console.log(Object.keys(http2).join(' '));
console.log(Object.keys(constants).length, JSON.stringify(constants));
console.log(http2.getDefaultSettings());
console.log(typeof http2.sensitiveHeaders, String(http2.sensitiveHeaders));
console.log(http2.connect.name, http2.createServer.name, http2.createSecureServer.name);
