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
// those that make a runner.
const childExecArgv = process.execArgv.filter((a) => !/^--(test|watch|experimental-test-coverage)(=|$)|^--test-reporter/.test(a));

const out = (s) => process.stdout.write(s);
const yamlString = (s) => `'${String(s).replaceAll("'", "''")}'`;

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
  const start = process.hrtime.bigint();
  const counts = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
  let reported = 0;
  out('TAP version 13\n');
  for (const [index, file] of files.entries()) {
    const run = await runFile(file);
    for (const line of run.output.split(/\r?\n/)) {
      if (line !== '') out(`# ${line}\n`);
    }
    let children = 0;
    let failedChildren = 0;
    for (const line of run.report) {
      const m = /^(not ok|ok) \d+ /.exec(line);
      if (m) {
        children++;
        if (m[1] === 'not ok') failedChildren++;
        out(`${m[1]} ${++reported} ${line.slice(m[0].length)}\n`);
      } else {
        out(`${line}\n`);
      }
    }
    for (const key of Object.keys(counts)) counts[key] += run.counts?.[key] ?? 0;
    const failed = run.code !== 0 || run.signal !== null;
    if (children > 0 && (!failed || failedChildren > 0)) continue;
    // The file is a test of its own.
    reported++;
    counts.tests++;
    out(`# Subtest: ${file}\n`);
    let block = `  ---\n  duration_ms: ${run.duration}\n`;
    if (failed) {
      counts.fail++;
      block += `  location: ${yamlString(`${file}:1:1`)}\n  failureType: 'testCodeFailure'\n` +
        `  exitCode: ${run.code ?? '~'}\n  signal: ${run.signal === null ? '~' : yamlString(run.signal)}\n` +
        "  error: 'test failed'\n  code: 'ERR_TEST_FAILURE'\n";
    } else {
      counts.pass++;
    }
    out(`${failed ? 'not ok' : 'ok'} ${index + 1} - ${file}\n${block}  ...\n`);
  }
  out(`1..${reported}\n`);
  for (const [key, n] of Object.entries(counts)) out(`# ${key} ${n}\n`);
  out(`# duration_ms ${Number(process.hrtime.bigint() - start) / 1e6}\n`);
  if (counts.fail > 0 || counts.cancelled > 0) process.exitCode = 1;
}

// runFile runs a test file and returns its report's lines, its counts,
// what it wrote to stdout and stderr, how it ended and how long it took.
function runFile(file) {
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, [...childExecArgv, file], {
    env: { ...process.env, GONODE_TEST_REPORT_FD: '3' },
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
      if (lines.length > 0 && lines[lines.length - 1].startsWith('counts ')) {
        counts = JSON.parse(lines.pop().slice('counts '.length));
      }
      resolve({ report: lines, counts, output, code, signal, duration: Number(process.hrtime.bigint() - start) / 1e6 });
    });
  });
}

main();
