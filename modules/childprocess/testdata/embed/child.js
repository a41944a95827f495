'use strict';
process.send({ execPath: process.execPath, argv: process.argv.slice(2) });
process.once('message', (m) => process.send(m === 'ping' ? 'pong from child' : 'unexpected'));
