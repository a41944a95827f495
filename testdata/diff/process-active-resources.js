'use strict';
// process.getActiveResourcesInfo lists what keeps the loop alive: the
// requests in flight (a request's own callback still sees it), the ref'd
// handles, one 'Timeout' per ref'd timer and one 'Immediate' per ref'd
// immediate not run yet; unref'd ones are left out.
const net = require('net');
const dgram = require('dgram');
const fs = require('fs');
const { spawn, fork } = require('child_process');

const show = (what) => console.log(what, JSON.stringify(process.getActiveResourcesInfo()));

show('start');
const t1 = setTimeout(() => {}, 10000);
const t2 = setInterval(() => {}, 10000);
setTimeout(() => {}, 10000).unref();
setImmediate(() => {
  show('immediate');
  fs.stat(__filename, () => {
    show('stat done');
    setImmediate(listen);
  });
  show('stat');
});
setImmediate(() => {}).unref();
show('timers');

function listen() {
  const server = net.createServer();
  server.listen(0, '127.0.0.1', () => {
    show('listening');
    let pending = 2;
    let conn;
    const client = net.connect(server.address().port, '127.0.0.1', () => --pending || setImmediate(connected));
    server.once('connection', (c) => {
      conn = c;
      c.pause(); // not reading, still listed
      --pending || setImmediate(connected);
    });
    function connected() {
      show('connected');
      const udp = dgram.createSocket('udp4');
      udp.bind(0, '127.0.0.1', () => {
        show('udp');
        udp.unref();
        server.unref();
        show('unref');
        const sleeper = spawn('sleep', ['10'], { stdio: 'ignore' });
        show('spawn');
        sleeper.unref();
        show('unref child');
        sleeper.kill();
        const child = fork('-e', [], { execArgv: [], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
        // The forked child's IPC pipe and its process, in either order.
        console.log('fork', JSON.stringify(process.getActiveResourcesInfo().sort()));
        child.kill();
        // node lists a closed handle until the loop's closing phase has run
        // its close callback: the child's process and pipe are gone by the
        // next iteration.
        let closing = 5;
        const closed = () => --closing || setImmediate(setImmediate, () => {
          clearTimeout(t1);
          clearInterval(t2);
          show('closed');
          // A timer counts while its callback runs, until cleared there.
          const self = setTimeout(() => {
            show('in timer');
            clearTimeout(self);
            show('cleared in timer');
          }, 1);
        });
        child.on('close', closed);
        conn.on('close', closed).destroy();
        client.on('close', closed).destroy();
        udp.close(closed);
        server.close(closed);
      });
    }
  });
}
