'use strict';
// The process object as node builds it, and the methods node looks up at
// each use so that a program (signal-exit, test tools) may replace them:
// process.emit for 'exit', process.reallyExit, process._kill. An
// exception from an 'exit' listener goes to 'uncaughtException'.
const EventEmitter = require('events');
const proto = Object.getPrototypeOf(process);
console.log(process.constructor.name, proto instanceof EventEmitter,
            Object.getOwnPropertyNames(proto), process.release.lts,
            typeof process._fatalException, typeof process._rawDebug);
const d = Object.getOwnPropertyDescriptor(proto, 'constructor');
console.log(d.writable, d.enumerable, d.configurable);

try {
  process.setSourceMapsEnabled(1);
} catch (e) {
  console.log(String(e));
}

for (const pid of [null, '0', 1.5, true, {}]) {
  const kill = process._kill;
  let got;
  process._kill = (p, sig) => {
    got = [p, sig];
    process._kill = kill;
    return 0;
  };
  try {
    console.log('kill', process.kill(pid, 'SIGHUP'), got);
  } catch (e) {
    process._kill = kill;
    console.log('kill', String(pid), e.code);
  }
}

// As signal-exit does.
const emit = process.emit;
process.emit = function(ev, ...args) {
  if (ev === 'exit') console.log('emit hook', ev, args, process.exitCode);
  return emit.call(this, ev, ...args);
};
const reallyExit = process.reallyExit;
process.reallyExit = function(code) {
  console.log('reallyExit hook', code);
  return reallyExit.call(this, code);
};
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => process.exit(5), 1);
process.title = 'hooks-title-long-name';
console.log(process.title, require('fs').readFileSync('/proc/self/comm', 'utf8').trim());
