// A process with no listener for a signal ends by it as node does (the
// signal's default action), including the signals Go's runtime would
// ignore or turn into a stack dump; a listener takes the signal instead;
// process.abort() ends the process by SIGABRT. Children run with core
// dumps off. (SIGSEGV, SIGBUS, SIGFPE and SIGILL are left out: see
// COMPAT.md.)
const { spawn } = require('child_process');
(async () => {
  for (const s of ['SIGQUIT', 'SIGUSR2', 'SIGALRM', 'SIGABRT', 'SIGTRAP', 'SIGSYS', 'SIGXCPU', 'SIGVTALRM', 'SIGHUP', 'SIGTERM', 'SIGINT', 'SIGWINCH', 'SIGCHLD', 'SIGURG', 'SIGPIPE']) {
    await new Promise((res) => {
      const c = spawn('sh', ['-c', 'ulimit -c 0; exec "$0" "$@"', process.execPath, '-e', 'process.stdout.write("r"); setTimeout(() => console.log("survived"), 400)'], { stdio: ['ignore', 'pipe', 'ignore'] });
      let o = '';
      c.stdout.on('data', (d) => { if (!o) c.kill(s); o += d; });
      c.on('close', (code, sig) => { console.log(s, code, sig, JSON.stringify(o)); res(); });
    });
  }
  // With a listener, the signal is the listener's.
  await new Promise((res) => {
    const c = spawn('sh', ['-c', 'ulimit -c 0; exec "$0" "$@"', process.execPath, '-e', 'process.on("SIGUSR2", () => { console.log("got SIGUSR2"); process.exit(3); }); process.stdout.write("r"); setTimeout(() => {}, 2000)'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let o = '';
    c.stdout.on('data', (d) => { if (!o) c.kill('SIGUSR2'); o += d; });
    c.on('close', (code, sig) => { console.log('listener', code, sig, JSON.stringify(o)); res(); });
  });
  // A real-time signal, sent by number.
  await new Promise((res) => {
    const c = spawn('sh', ['-c', 'ulimit -c 0; exec "$0" "$@"', process.execPath, '-e', 'process.stdout.write("r"); setTimeout(() => console.log("survived"), 400)'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let o = '';
    c.stdout.on('data', (d) => { if (!o) process.kill(c.pid, 40); o += d; });
    c.on('close', (code, sig) => { console.log('signal 40', code, sig, JSON.stringify(o)); res(); });
  });
  await new Promise((res) => {
    const c = spawn('sh', ['-c', 'ulimit -c 0; exec "$0" "$@"', process.execPath, '-e', 'process.abort()'], { stdio: 'ignore' });
    c.on('close', (code, sig) => { console.log('abort', code, sig); res(); });
  });
})();
