'use strict';
// A child that writes a message and half of another on its channel, then
// stops (a shell script run by fork with execPath /bin/sh), and exits when
// its stdin ends. The parent must get the whole message, stay responsive,
// and see a clean end: 'disconnect', exit 0, 'close', no error.
const { fork } = require('child_process');
const path = require('path');

const child = fork(path.join(__dirname, 'fault-halfmessage.sh'), [], {
  execPath: '/bin/sh', execArgv: [], stdio: ['pipe', 'inherit', 'inherit', 'ipc'],
});
const events = [];
child.on('message', (m) => {
  events.push(`message ${JSON.stringify(m)}`);
  // Still responsive: a timer fires, then the child is let go.
  setTimeout(() => {
    events.push('timer');
    child.stdin.end();
  }, 1);
});
child.on('error', (err) => events.push(`error ${err.code}`));
child.on('disconnect', () => events.push('disconnect'));
child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
child.on('close', (code, signal) => setImmediate(() => {
  const [first, second, ...rest] = events;
  console.log(JSON.stringify([first, second, ...rest.sort(), `close ${code} ${signal}`]));
}));
