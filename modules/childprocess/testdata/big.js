'use strict';
// One message of argv[2] MiB each way, checked by length and checksum. The
// bulk is ASCII (goja keeps it one byte per character); the non-ASCII tail
// still crosses the read boundaries at the end of the message.
const { fork } = require('child_process');

function make(mib, seed) {
  const unit = 'gonode-' + seed + '-';
  return unit.repeat(Math.ceil((mib * 1024 * 1024) / unit.length)).slice(0, mib * 1024 * 1024);
}
const tail = 'end \u00e9\u4e2d\ud83d\ude00 \u2028';
function sum(s) {
  let h = 0;
  for (let i = 0; i < s.length; i += 4099) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}

if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    const ok = m.data.length === m.len && sum(m.data) === m.sum && m.tail === tail;
    const data = make(m.len / (1024 * 1024), 'up');
    process.send({ ok, data, len: data.length, sum: sum(data), tail }, () => process.disconnect());
  });
  return;
}

const mib = +process.argv[2];
const child = fork(__filename, ['child'], { execPath: process.argv[3] || process.execPath });
child.on('message', (m) => {
  const ok = m.data.length === m.len && sum(m.data) === m.sum && m.data.startsWith('gonode-up-') && m.tail === tail;
  process.stdout.write(JSON.stringify({ childOK: m.ok, parentOK: ok }) + '\n');
});
const data = make(mib, 'down');
child.send({ data, len: data.length, sum: sum(data), tail });
