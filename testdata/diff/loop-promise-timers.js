const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');
(async () => {
  const v = await sleep(5, 'value');
  console.log('slept', v);
  const w = await immediate('imm');
  console.log('immediate', w);
})();
