process.nextTick(() => {
  console.log('a');
  process.nextTick(() => console.log('c'));
  Promise.resolve().then(() => console.log('d'));
});
process.nextTick(() => console.log('b'));
