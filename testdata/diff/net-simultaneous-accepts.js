'use strict';
// net._setSimultaneousAccepts is deprecated (DEP0121) and warns only once.
const net = require('net');
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name} ${w.code} ${w.message}`));
net._setSimultaneousAccepts();
net._setSimultaneousAccepts(true);
setImmediate(() => console.log(warnings));
