'use strict';
// internal/test/runner is gonode --test, as node 20's --test: it finds the
// test files its arguments (or the working directory) hold, runs each in a
// process of its own, one after another, and reports their tests as the
// file's own report would, numbered on from file to file, with what the
// files wrote to stdout and stderr as diagnostics and one summary. A file
// that reports no test, or ends with an error its tests did not report, is
// reported as a test of its own, named by its path.

const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const kTestFile = /((^test(-.+)?)|(.+[.\-_]test))\.[cm]?js$/;
const kJSFile = /\.[cm]?js$/;

// testFiles lists the test files under the paths, sorted: a path named is
// a test file whatever its name; in a directory, the files named as test
// files, and every JavaScript file under a directory named test, outside
// node_modules.
function testFiles(paths) {
  const files = new Set();
  const walk = (p, named, underTestDir) => {
    const st = fs.statSync(p);
    if (st.isFile()) {
      if (named || (underTestDir && kJSFile.test(p)) || kTestFile.test(path.basename(p))) files.add(p);
      return;
    }
    if (!st.isDirectory()) return;
    const base = path.basename(p);
    if (!named && base === 'node_modules') return;
    const inTest = underTestDir || base === 'test';
    for (const entry of fs.readdirSync(p)) walk(path.join(p, entry), false, inTest);
  };
  for (const p of paths) walk(path.resolve(p), true, false);
  return [...files].sort();
}

// childExecArgv are the flags the files run with: the runner's own, less
// those that make a runner (and their values).
const childExecArgv = [];
for (let i = 0; i < process.execArgv.length; i++) {
  const a = process.execArgv[i];
  if (a === '--test-reporter' || a === '--test-reporter-destination') i++;
  else if (!/^--(test|watch|experimental-test-coverage)(=|$)|^--test-reporter/.test(a)) childExecArgv.push(a);
}

const { failure, reporter, tap, colorize, out } = require('internal/test/reporters');

async function main() {
  let files;
  try {
    files = testFiles(process.argv.length > 1 ? process.argv.slice(1) : [process.cwd()]);
  } catch (err) {
    if (err?.code !== 'ENOENT') throw err;
    console.error(`Could not find '${err.path}'`);
    process.exitCode = 1;
    return;
  }
  const report = reporter();
  const isTap = report === tap;
  const start = process.hrtime.bigint();
  const counts = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
  let reported = 0;
  if (isTap) tap.write(''); // the header
  for (const [index, file] of files.entries()) {
    const run = await runFile(file, isTap ? 'tap' : colorize ? 'spec-color' : 'spec');
    let text = '';
    if (isTap) { // TAP: the file's output as diagnostics, its top-level tests renumbered
      for (const line of run.output.split(/\r?\n/)) {
        if (line !== '') text += `# ${line}\n`;
      }
    } else {
      text += run.output;
    }
    let children = 0;
    let failedChildren = 0;
    for (const line of run.report) {
      const m = /^(not ok|ok) \d+ /.exec(line);
      const top = isTap ? m : /^\S*(\u2714|\u2716|\uFE63) /u.exec(line);
      if (top) {
        children++;
        if (m ? m[1] === 'not ok' : line.includes('\u2716')) failedChildren++;
      }
      text += m ? `${m[1]} ${++reported} ${line.slice(m[0].length)}\n` : `${line}\n`;
      if (!m && top) reported++;
    }
    out(text);
    for (const key of Object.keys(counts)) counts[key] += run.counts?.[key] ?? 0;
    if (run.failures) report.failed.push(...run.failures);
    const failed = run.code !== 0 || run.signal !== null;
    if (children > 0 && (!failed || failedChildren > 0)) continue;
    // The file is a test of its own.
    reported++;
    counts.tests++;
    counts[failed ? 'fail' : 'pass']++;
    const fileTest = {
      name: file, nesting: 0, number: index + 1, duration: run.duration, diagnostics: [],
      loc: { file, line: 1, column: 1 },
      error: failed ? Object.assign(failure('testCodeFailure', null, 'test failed'), { exitCode: run.code, signal: run.signal }) : null,
    };
    report.start(fileTest);
    report.end(fileTest);
  }
  report.plan(0, reported);
  report.summary([...Object.entries(counts).map(([key, n]) => `${key} ${n}`), `duration_ms ${Number(process.hrtime.bigint() - start) / 1e6}`]);
  if (counts.fail > 0 || counts.cancelled > 0) process.exitCode = 1;
}

// runFile runs a test file with its report in form and returns the
// report's lines, its counts and failures, what it wrote to stdout and
// stderr, how it ended and how long it took.
function runFile(file, form) {
  const start = process.hrtime.bigint();
  const env = { ...process.env, GONODE_TEST_REPORT_FD: '3', GONODE_TEST_REPORT: form };
  // On a terminal with colors, the files' own output has colors too, as
  // under node.
  if (form === 'spec-color') env.FORCE_COLOR ??= '1';
  const child = spawn(process.execPath, [...childExecArgv, file], {
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let report = '';
  child.stdout.setEncoding('utf8').on('data', (s) => { output += s; });
  child.stderr.setEncoding('utf8').on('data', (s) => { output += s; });
  child.stdio[3].setEncoding('utf8').on('data', (s) => { report += s; });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      const lines = report.split('\n');
      lines.pop(); // after the last line break
      let counts = null;
      let failures = null;
      while (lines.length > 0 && /^(counts|failures) /.test(lines[lines.length - 1])) {
        const line = lines.pop();
        if (line.startsWith('counts ')) counts = JSON.parse(line.slice('counts '.length));
        else failures = JSON.parse(line.slice('failures '.length));
      }
      resolve({ report: lines, counts, failures, output, code, signal, duration: Number(process.hrtime.bigint() - start) / 1e6 });
    });
  });
}

main();
