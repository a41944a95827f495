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

// loadHello warms up the server at url with wrk, then loads it (keep-alive,
// 2 threads, 64 connections, 3 s) and, as name, prints requests/s, p99
// latency and this process's CPU time per request; inspect(), if given,
// runs right after the load. extra are more arguments for wrk (such as a
// header). It reports whether wrk ran.
async function loadHello(name, url, inspect, extra = []) {
  await wrk(['-t1', '-c16', '-d1s', ...extra, url]); // warm-up
  const before = process.cpuUsage();
  const out = await wrk(['-t2', '-c64', '-d3s', '--latency', ...extra, url]);
  const cpu = process.cpuUsage(before);
  if (inspect) inspect();
  if (out === null) {
    console.error(`${name.replace(/_/g, '-')}: wrk not found, nothing measured`);
    return false;
  }
  const { requests, rps, p99 } = summary(out);
  console.log(`BENCH ${name} ${rps.toFixed(0)} req_per_s higher`);
  console.log(`BENCH ${name}_p99 ${p99.toFixed(2)} ms lower`);
  console.log(`BENCH ${name}_cpu ${((cpu.user + cpu.system) / requests).toFixed(1)} us_per_req lower`);
  return true;
}

module.exports = { wrk, cpuTicks, summary, loadHello };
