// Readable[Symbol.asyncIterator] driven by hand with next()/return().
const { Readable } = require('stream');
const r = Readable.from(['a', 'b', 'c', 'd']);
const it = r[Symbol.asyncIterator]();
(async () => {
  const got = [];
  for (let i = 0; i < 2; i++) {
    const { value, done } = await it.next();
    got.push(value + ':' + done);
  }
  const ret = await it.return();
  console.log(got.join(' '), 'return', JSON.stringify(ret));
  console.log('destroyed after return', r.destroyed);
  const after = await it.next();
  console.log('next after return', after.done);

  const r2 = new Readable({ read() {} });
  const it2 = r2[Symbol.asyncIterator]();
  const p = it2.next();
  r2.destroy(new Error('kaput'));
  try {
    await p;
  } catch (e) {
    console.log('rejected', e.message);
  }
  const r3 = Readable.from([1, 2, 3]);
  const it3 = r3.iterator({ destroyOnReturn: false });
  console.log('first', (await it3.next()).value);
  await it3.return();
  console.log('not destroyed', r3.destroyed);
  const all = [];
  for (let x = await it3.next(); !x.done; x = await it3.next()) all.push(x.value);
  console.log('fresh iterator done', all.length);
  const rest = [];
  const it4 = r3[Symbol.asyncIterator]();
  for (let x = await it4.next(); !x.done; x = await it4.next()) rest.push(x.value);
  console.log('rest', rest.join(','));
})();
