// Extra arguments reach timer, immediate and nextTick callbacks. The
// immediate is made by the timer: a 1 ms timer made at the top level races
// an immediate made there, under node as under gonode.
setTimeout((a, b, c) => {
  console.log(a, b, c);
  setImmediate((d) => console.log('imm', d), 'y');
}, 1, 'x', 2, true);
process.nextTick((a, b) => console.log('tick', a, b), 1, 2);
