// Helpers shared by the scenarios that load an HTTP server with wrk.
const fs = require('fs');
const { execFile } = require('child_process');

// wrk runs wrk with args and resolves to its output, or null when wrk is
// missing or failed.
function wrk(args) {
  return new Promise((resolve) => {
    execFile('wrk', args, (err, stdout) => resolve(err ? null : stdout));
  });
}

// cpuTicks is the user+system time of pid in clock ticks (1/100 s).
function cpuTicks(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

// ms converts one of wrk's latencies ("812.00us", "1.20ms", "2.01s") to ms.
function ms(text) {
  const m = /([\d.]+)(us|ms|s)/.exec(text);
  return Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2]];
}

// summary reads requests, requests/s and (with --latency) p99 in ms from
// wrk's output.
function summary(out) {
  // Anchored: without --latency, a standard-deviation column such as
  // "75.99%" would match an unanchored /99%/.
  const p99 = /^\s*99%\s+(\S+)/m.exec(out);
  return {
    requests: Number(/(\d+) requests in/.exec(out)[1]),
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)[1]),
    p99: p99 ? ms(p99[1]) : NaN,
  };
}

module.exports = { wrk, cpuTicks, summary };
