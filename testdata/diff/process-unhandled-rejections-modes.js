'use strict';
// --unhandled-rejections: each mode's warnings, events, exit code and
// uncaught handling, in a child per mode (and through NODE_OPTIONS); an
// invalid value stops start-up with exit code 9.
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('warning', (w) => console.log('warning', w.name, w.message.split('\n')[0].slice(0, 60)));
  if (process.argv[3] === 'caught') {
    process.on('uncaughtException', (e, origin) => console.log('uncaught', e.message, origin));
  }
  const p = Promise.reject(new Error('x'));
  Promise.reject(42);
  setTimeout(() => p.catch(() => {}), 5);
  setTimeout(() => console.log('after', process.exitCode), 20);
  return;
}

const run = (args, env) => {
  const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  const warnings = r.stderr.split('\n').filter((l) => l.startsWith('(node:'))
    .map((l) => l.replace(/^\(node:\d+\)/, '(node)').slice(0, 70));
  console.log(args.join(' '), JSON.stringify(env), 'status', r.status);
  console.log(r.stdout.trimEnd());
  console.log(warnings.join('\n'));
};
for (const mode of ['throw', 'strict', 'warn', 'none', 'warn-with-error-code']) {
  run([`--unhandled-rejections=${mode}`, __filename, 'child']);
  run([`--unhandled-rejections=${mode}`, __filename, 'child', 'caught']);
}
run([__filename, 'child', 'caught'], { NODE_OPTIONS: '--unhandled-rejections=warn' });
const bad = spawnSync(process.execPath, ['--unhandled-rejections=bogus', '-e', '0'], { encoding: 'utf8' });
console.log('bogus', bad.status, /invalid value for --unhandled-rejections/.test(bad.stderr));
