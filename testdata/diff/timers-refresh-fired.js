// refresh() re-arms a Timeout that has already fired, but not one that was
// cleared; an Immediate's ref/unref/hasRef after it ran or was cleared do
// nothing.
const i = setImmediate(() => {
  console.log('imm ran', i.hasRef());
  i.unref();
  console.log('after unref', i.hasRef());
  i.ref();
  console.log('after ref', i.hasRef());
});
const j = setImmediate(() => console.log('cleared immediate ran'));
clearImmediate(j);
console.log('cleared immediate', j.hasRef(), j.ref() === j, j.hasRef());
const k = setImmediate(() => {
  console.log('k ran');
  startTimers();
});
console.log('k', k.hasRef(), k.unref().hasRef(), k.ref().hasRef());

function startTimers() {
  let n = 0;
  const t = setTimeout(() => {
    n++;
    console.log('fired', n, t.hasRef());
    if (n === 1) setTimeout(() => { console.log('refresh after fire'); t.refresh(); }, 5);
    else setTimeout(() => console.log('end', n), 20);
  }, 5);
  const cleared = setTimeout(() => console.log('cleared timer fired'), 5);
  clearTimeout(cleared);
  cleared.refresh();
}
