// node:test: each file in fixtures/node-test runs as a program, with the
// flags its first line may name ("// flags: ..."), and its report and exit
// code are printed, without durations and stack frames, which differ from
// run to run. Then --test runs the test files of a directory, found by
// their names, and of a list.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function show(title, r) {
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
    // Stack frames go: a file's stderr as the runner's diagnostics, the
    // errors of a spec report.
    if (/^# +at |^# node:internal|^\s+at /.test(line)) continue;
    lines.push(line.replace(/(duration_ms:? )[\d.e-]+$/, '$1X').replace(/\(\d+(\.\d+)?ms\)/, '(Xms)'));
  }
  console.log(`== ${title}: exit ${r.status}`);
  console.log(lines.join('\n'));
  // The warnings name their process and runtime.
  const stderr = r.stderr.split('\n').filter((l) => !/^\((node:\d+|Use `)/.test(l)).join('\n');
  if (stderr) console.log('stderr:', stderr);
}

const dir = path.join(__dirname, 'fixtures', 'node-test');
for (const name of fs.readdirSync(dir).sort()) {
  const first = fs.readFileSync(path.join(dir, name), 'utf8').split('\n')[0];
  const flags = first.startsWith('// flags: ') ? first.slice('// flags: '.length).split(' ') : [];
  show(name, spawnSync(process.execPath, [...flags, path.join(dir, name)], { encoding: 'utf8' }));
}

// The spec report, asked for where stdout is not a terminal: no colors.
show('basics.js --test-reporter=spec', spawnSync(process.execPath, ['--test-reporter=spec', path.join(dir, 'basics.js')], { encoding: 'utf8' }));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'node-test-'));
const files = {
  'a.test.js': "const test = require('node:test');\ntest('a1', () => {});\ntest('a2', () => { throw new Error('bad'); });\n",
  'test/b.js': "const { describe, it } = require('node:test');\ndescribe('B', () => { it('b1', () => {}); });\nconsole.log('stdout from b');\n",
  'test/deep/c.cjs': "require('node:test')('c', () => {});\n",
  'helper.js': "console.log('not a test');\n",
  'd_test.js': "require('node:test')('d', (t) => t.diagnostic('from d'));\n",
  'test-e.js': "require('node:test').test('e skipped', { skip: 'reason' });\n",
  'node_modules/x.test.js': "throw new Error('never run');\n",
  'crash.test.js': "console.log('before crash');\nthrow new Error('crash at load');\n",
  'exit.test.js': "require('node:test')('passes', () => {});\nsetTimeout(() => process.exit(3), 20);\n",
  'empty.test.js': "console.error('nothing here');\n",
};
for (const [name, src] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(tmp, name)), { recursive: true });
  fs.writeFileSync(path.join(tmp, name), src);
}
const runTests = (args) => spawnSync(process.execPath, ['--test', ...args], { cwd: tmp, encoding: 'utf8' });
const shown = (r) => ({ ...r, stdout: r.stdout.replaceAll(tmp, 'TMP'), stderr: r.stderr.replaceAll(tmp, 'TMP') });
show('--test', shown(runTests([])));
show('--test helper.js test', shown(runTests(['helper.js', 'test'])));
show('--test missing.js', shown(runTests(['missing.js'])));
fs.rmSync(tmp, { recursive: true });
