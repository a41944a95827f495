// emitWarning's argument checks and the switches that silence, trace or
// throw warnings: --no-deprecation, --no-warnings, --trace-warnings,
// --throw-deprecation, process.noDeprecation, NODE_NO_WARNINGS and
// NODE_OPTIONS. Each case runs in a child; its stdout, its stderr (pid,
// binary name and stack frames masked) and status are printed.
const { spawnSync } = require('child_process');
const program = `
process.on('warning', (w) => console.log('warning event', w.name, w.code, w.message, w.detail));
process.emitWarning('plain');
process.emitWarning('dep!', 'DeprecationWarning', 'DEP1');
process.emitWarning('with opts', { type: 'CustomWarning', code: 'C1', detail: 'more' });
for (const a of [['x', 5], ['x', 'T', 5], [5], [{}]]) { try { process.emitWarning(...a); } catch (e) { console.log(e.code, e.message); } }
process.emitWarning(Object.assign(new Error('err warning'), { name: 'DeprecationWarning' }));
console.log('flags', process.noDeprecation, process.throwDeprecation, process.traceDeprecation, process.traceProcessWarnings);
if (process.argv[1] === 'set') { process.noDeprecation = true; process.emitWarning('after set', 'DeprecationWarning'); }
`;
const runs = [
  [[]], [['--no-deprecation']], [['--no-warnings']], [['--trace-warnings']], [['--throw-deprecation']],
  [[], { NODE_NO_WARNINGS: '1' }], [[], { NODE_OPTIONS: '--no-deprecation' }], [[], { NODE_OPTIONS: '--no-warnings' }],
  [[], {}, ['set']],
];
for (const [flags, env = {}, args = []] of runs) {
  const r = spawnSync(process.execPath, [...flags, '-e', program, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  const stderr = r.stderr.split('\n').filter((l) => /^\(node:|^\(Use|^\w*(Warning|Error)\b/.test(l)).join('\n')
    .replace(/\(node:\d+\)/g, '(node:PID)').replace(/\(Use `\S+/g, '(Use `X');
  console.log(`--- ${flags.join(' ')} ${JSON.stringify(env)} ${args} status ${r.status}\n${r.stdout}${stderr}`);
}
