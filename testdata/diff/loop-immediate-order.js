setImmediate(() => {
  console.log('i1');
  setImmediate(() => console.log('i3 (next loop)'));
  process.nextTick(() => console.log('tick in i1'));
});
setImmediate(() => console.log('i2'));
