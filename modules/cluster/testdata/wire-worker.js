'use strict';
// A cluster worker driven by the Go test's scripted primary (wire_test.go):
// a round-robin server, a listen the primary refuses (EADDRINUSE), a shared
// server, then disconnect. Every server greets its connections.
const cluster = require('cluster');
const net = require('net');

function greeter(name) {
  return net.createServer((c) => c.end(`${name} ${cluster.worker.id}`));
}

const rr = greeter('rr');
rr.listen(0, () => process.send({ rr: rr.address() }));

process.on('message', (m) => {
  if (m === 'refused') {
    const s = greeter('refused');
    s.on('error', (err) => process.send({ code: err.code, errno: err.errno, syscall: err.syscall, message: err.message }));
    s.listen(8, '127.0.0.1');
  } else if (m === 'shared') {
    const s = greeter('shared');
    s.listen({ port: 0, host: '127.0.0.1', backlog: 7 }, () => process.send({ shared: typeof s.address().port }));
  } else if (m === 'bye') {
    cluster.worker.disconnect();
  }
});
