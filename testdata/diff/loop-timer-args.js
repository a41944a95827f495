setTimeout((a, b, c) => console.log(a, b, c), 1, 'x', 2, true);
setImmediate((a) => console.log('imm', a), 'y');
process.nextTick((a, b) => console.log('tick', a, b), 1, 2);
