'use strict';
// After an uncaught exception that a listener handled, the ticks the
// failed callback (or tick) left wait for the next callback, as in node:
// the next timer of the same round runs first. The handler queues an
// empty immediate for that (listed as an active resource).
process.on('uncaughtException', (e) => {
  console.log('caught', e.message, JSON.stringify(process.getActiveResourcesInfo()));
});
setTimeout(() => {
  process.nextTick(() => console.log('tick t1'));
  throw new Error('t1');
}, 0);
setTimeout(() => console.log('t2'), 0);
setTimeout(() => {
  process.nextTick(() => {
    console.log('tick A');
    throw new Error('tA');
  });
  process.nextTick(() => console.log('tick B'));
}, 5);
setTimeout(() => console.log('t4', JSON.stringify(process.getActiveResourcesInfo())), 5);
setTimeout(() => {
  setImmediate(() => console.log('imm 1'));
  setImmediate(() => {
    process.nextTick(() => console.log('tick imm'));
    throw new Error('imm');
  });
  setImmediate(() => console.log('imm 3'));
  setImmediate(() => console.log('imm 4'));
}, 10);
