'use strict';
// A pool of 4 workers shares out CPU-bound jobs (counting primes in
// ranges); the results are collected and checked against a count made here.
const { Worker, isMainThread, parentPort } = require('worker_threads');

function countPrimes(from, to) {
  let n = 0;
  for (let i = Math.max(2, from); i < to; i++) {
    let prime = true;
    for (let d = 2; d * d <= i; d++) {
      if (i % d === 0) { prime = false; break; }
    }
    if (prime) n++;
  }
  return n;
}

if (!isMainThread) {
  parentPort.on('message', (job) => {
    if (job === 'stop') {
      parentPort.close();
      return;
    }
    parentPort.postMessage({ id: job.id, count: countPrimes(job.from, job.to) });
  });
  return;
}

const LIMIT = 60000;
const STEP = 3000;
const jobs = [];
for (let from = 0, id = 0; from < LIMIT; from += STEP, id++) jobs.push({ id, from, to: from + STEP });
const results = new Array(jobs.length);
let nextJob = 0;
let done = 0;
let exited = 0;
const perWorker = [];

for (let i = 0; i < 4; i++) {
  const w = new Worker(__filename);
  perWorker.push(0);
  const give = () => {
    if (nextJob < jobs.length) w.postMessage(jobs[nextJob++]);
    else w.postMessage('stop');
  };
  w.on('message', (r) => {
    results[r.id] = r.count;
    perWorker[i]++;
    done++;
    give();
  });
  w.on('exit', (code) => {
    exited++;
    if (code !== 0) console.log('worker', i, 'exit', code);
    if (exited === 4) {
      const total = results.reduce((a, b) => a + b, 0);
      console.log('jobs', done, 'of', jobs.length, 'total primes', total, 'check', total === countPrimes(0, LIMIT));
      console.log('every worker worked', perWorker.every((n) => n > 0) || 'not required');
    }
  });
  give();
}
