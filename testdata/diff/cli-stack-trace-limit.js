// --stack-trace-limit=N (a V8 flag node takes, also from NODE_OPTIONS)
// sets Error.stackTraceLimit, and with it the frames of new errors.
const { spawnSync } = require('child_process');

const src = "function f(n) { return n ? f(n - 1) : new Error('deep'); }\n" +
  "console.log(Error.stackTraceLimit, f(30).stack.split('\\n').length - 1);";
const runs = [
  { args: [] },
  { args: ['--stack-trace-limit=3'] },
  { args: ['--stack-trace-limit', '0'] },
  { args: ['--stack-trace-limit=-1'] },
  { args: [], env: { NODE_OPTIONS: '--stack-trace-limit=25' } },
  { args: ['--stack-trace-limit=abc'] },
];
for (const { args, env } of runs) {
  const r = spawnSync(process.execPath, [...args, '-e', src], { encoding: 'utf8', env: { ...process.env, ...env } });
  console.log(args.join(' ') || JSON.stringify(env ?? {}), '->', r.status, r.stdout.trim());
}
