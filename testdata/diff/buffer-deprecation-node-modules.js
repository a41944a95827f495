// Buffer() called from node_modules warns DEP0005 only with pending
// deprecations on (NODE_PENDING_DEPRECATION=1 or --pending-deprecation).
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bufdep-'));
fs.mkdirSync(path.join(dir, 'node_modules', 'm'), { recursive: true });
fs.writeFileSync(path.join(dir, 'node_modules', 'm', 'index.js'), 'module.exports = () => Buffer(3).length;\n');
fs.writeFileSync(path.join(dir, 't.js'), "process.on('warning', (w) => console.log(w.code)); console.log(require('m')());\n");
for (const [env, args] of [[{}, []], [{ NODE_PENDING_DEPRECATION: '1' }, []], [{}, ['--pending-deprecation']]]) {
  const r = spawnSync(process.execPath, [...args, 't.js'], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' });
  console.log(JSON.stringify(env), args.join(' '), JSON.stringify(r.stdout), r.status);
}
fs.rmSync(dir, { recursive: true });
