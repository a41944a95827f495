async function f(x) { await null; console.log('in f', x); return x * 2; }
(async () => {
  console.log('start');
  const v = await f(2);
  console.log('got', v);
  await new Promise((r) => setTimeout(r, 5));
  console.log('after timeout');
})();
console.log('sync end');
