'use strict';
// Sends TOTAL messages of SIZE bytes to a raw Go peer that does not read at
// first. It respects backpressure: when send() returns false it prints
// "full N" and waits for that message's callback (written to the socket)
// before sending more. At the end it prints "done <json>" with the number
// of false returns and its peak RSS over its RSS before sending.
const [total, size] = process.argv.slice(2).map(Number);
const fs = require('fs');
const vm = (key) => Number(/(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8').split('\n').find((l) => l.startsWith(key)))[1]) * 1024;
const rssBefore = vm('VmRSS:');
console.log('ready');
const pad = 'x'.repeat(size);
let i = 0;
let falses = 0;
function pump() {
  while (i < total) {
    const n = i++;
    const last = n === total - 1;
    const ok = process.send({ i: n, pad }, (err) => {
      if (err) throw err;
      if (last) {
        console.log(`done ${JSON.stringify({ falses, growth: vm('VmHWM:') - rssBefore })}`);
        process.disconnect();
      } else if (waiting === n) {
        waiting = -1;
        pump();
      }
    });
    if (!ok && !last) {
      if (falses++ === 0) console.log(`full ${i}`);
      waiting = n;
      return;
    }
  }
}
let waiting = -1;
pump();
