'use strict';
// captureRejections: a listener's result whose then getter throws gives
// that exception to 'error' at once, as node's addCatch does; the getter
// is read once.
const { EventEmitter } = require('events');

const ee = new EventEmitter({ captureRejections: true });
const boom = new Error('then getter');
let reads = 0;
ee.on('something', () => {
  const thenable = {};
  Object.defineProperty(thenable, 'then', {
    get() {
      reads++;
      throw boom;
    },
  });
  return thenable;
});
ee.on('error', (err) => console.log('error', err === boom, reads));
console.log('emit returned', ee.emit('something'));
console.log('reads', reads);
