// node:test: each file in fixtures/node-test runs as a program (those named
// test-only* with --test-only), and its TAP report (durations and stack
// frames left out, as they differ from run to run) and exit code are
// printed.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'node-test');
for (const name of fs.readdirSync(dir).sort()) {
  const flags = name.startsWith('test-only') ? ['--test-only'] : [];
  const r = spawnSync(process.execPath, [...flags, path.join(dir, name)], { encoding: 'utf8' });
  const lines = [];
  let stackIndent = -1;
  for (const line of r.stdout.split('\n')) {
    const indent = line.search(/\S/);
    if (stackIndent >= 0 && indent > stackIndent) continue;
    stackIndent = -1;
    if (/^\s*stack: \|-$/.test(line)) {
      stackIndent = indent;
      continue;
    }
    lines.push(line.replace(/(duration_ms:? )[\d.e-]+$/, '$1X'));
  }
  console.log(`== ${name}: exit ${r.status}`);
  console.log(lines.join('\n'));
  if (r.stderr) console.log('stderr:', r.stderr);
}
