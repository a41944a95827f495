// Assigning process.env a value other than a string, number or boolean
// warns DEP0104 once, only with pending deprecations on: the
// --pending-deprecation flag, in NODE_OPTIONS too, or
// NODE_PENDING_DEPRECATION=1. A Boolean object is not a boolean.
const { spawnSync } = require('child_process');
const program = `
process.on('warning', (w) => console.log('warning', w.code));
process.env.A = 'x'; process.env.B = 1; process.env.C = true;
process.nextTick(() => {
  console.log('after primitives');
  process.env.D = new Boolean(true);
  process.nextTick(() => {
    process.env.E = {};
    process.env.F = undefined;
    console.log(process.env.D, process.env.E, process.env.F);
    try { process.env.G = Symbol('s'); } catch (e) { console.log(e.name); }
  });
});
`;
const runs = [
  [[], {}], [['--pending-deprecation'], {}], [[], { NODE_PENDING_DEPRECATION: '1' }],
  [[], { NODE_PENDING_DEPRECATION: '0' }], [[], { NODE_OPTIONS: '--pending-deprecation' }],
];
for (const [flags, env] of runs) {
  const r = spawnSync(process.execPath, [...flags, '-e', program], { encoding: 'utf8', env: { ...process.env, ...env } });
  const warnings = r.stderr.split('\n').filter((l) => /^\(node:/.test(l)).map((l) => l.replace(/\(node:\d+\)/, '(node:PID)'));
  console.log(`--- ${flags} ${JSON.stringify(env)} status ${r.status}\n${r.stdout}${warnings.join('\n')}`);
}
