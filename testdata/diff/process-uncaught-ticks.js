'use strict';
// After an uncaught exception that a listener handled, the ticks the
// failed callback (or tick) left wait for the next callback, as in node;
// the handler queues an empty immediate for that (listed as an active
// resource). A timer that threw is no longer listed; the promise jobs it
// queued run after the 'uncaughtException' listener. An exception from an
// 'exit' listener is an uncaught exception too: handled, it ends the
// 'exit' listeners, and the exit code stays.
let caught = 0;
let microSawCaught;
const resources = () => JSON.stringify(process.getActiveResourcesInfo()
  .filter((r) => r !== 'PipeWrap' && r !== 'TTYWrap'));
process.on('uncaughtException', (e) => {
  caught++;
  console.log('caught', e.message, resources());
});

// An immediate throws: its tick runs after the next immediate of the round.
setImmediate(() => console.log('imm 1'));
setImmediate(() => {
  process.nextTick(() => console.log('tick imm'));
  throw new Error('imm');
});
setImmediate(() => console.log('imm 3', resources()));
setImmediate(() => {
  console.log('imm 4');
  // A tick throws: the ticks after it wait for the next callback.
  process.nextTick(() => {
    console.log('tick A');
    throw new Error('tA');
  });
  process.nextTick(() => console.log('tick B'));
  setImmediate(() => {
    console.log('imm 5', resources());
    // A timer throws.
    setTimeout(() => {
      process.nextTick(() => console.log('tick t1'));
      setImmediate(() => console.log('imm after t1', resources()));
      // The promise jobs it queued run after the listener.
      const before = caught;
      Promise.resolve().then(() => { microSawCaught = caught > before; });
      throw new Error('t1');
    }, 1);
  });
});

process.on('exit', (code) => {
  console.log('exit', code, microSawCaught);
  throw new Error('from exit');
});
process.on('exit', () => console.log('not reached'));
