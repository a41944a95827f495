'use strict';
// Warnings are written with console.error, as node's are: through
// process.stderr.write, indented by console.group.
process.stderr.write = (data) => {
  const shown = data.replace(/\(node:\d+\)/, '(node:PID)').replace(/`\S+ (--trace-\w+)/, '`NODE $1');
  process.stdout.write(`stderr.write: ${JSON.stringify(shown)}\n`);
  return true;
};
console.group('group');
process.emitWarning('first');
let n = 0;
process.on('warning', (w) => {
  console.log('warning event', w.name, w.message);
  if (++n === 1) {
    console.groupEnd();
    process.emitWarning('second', { code: 'GONODE_X', detail: 'some detail' });
  }
});
