'use strict';
// A child whose raw Go peer goes away in the middle of the child's turn:
// on {swallowed, reported} the child sends "first", then waits (blocking)
// for a line on stdin, which the test writes once it has closed its end of
// the channel. Then, in the same turn, the child sends `swallowed`
// messages that swallow errors and `reported` ones that do not: node
// writes each at once and reports each of the latter's EPIPE as 'error' on
// process.
const fs = require('fs');

process.on('message', (m) => {
  process.send('first');
  fs.readSync(0, Buffer.alloc(1));
  for (let i = 0; i < m.swallowed; i++) process.send('swallowed', undefined, { swallowErrors: true });
  for (let i = 0; i < m.reported; i++) process.send('reported');
});
process.on('error', (e) => console.log(`error ${e.code}`));
process.on('disconnect', () => console.log('disconnect'));
console.log('ready');
