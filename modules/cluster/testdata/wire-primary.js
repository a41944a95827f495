'use strict';
// A primary for the Go test's scripted worker (primary_wire_test.go): it
// forks WORKER_EXEC, logs the events, and disconnects the worker when it
// says it served a connection.
const cluster = require('cluster');

process.execPath = process.env.WORKER_EXEC;
cluster.setupPrimary({ exec: 'fake-worker', args: [], execArgv: [] });
for (const e of ['fork', 'online', 'listening', 'disconnect', 'exit']) {
  cluster.on(e, (w, a, b) => {
    const info = e === 'listening' ? ` ${a.addressType} ${a.address} ${typeof a.port} ${a.fd}` : '';
    console.log(`${e} ${w.id}${info}${e === 'exit' ? ` ${a} ${b}` : ''} state=${w.state}`);
  });
}
const w = cluster.fork();
w.on('message', (m) => {
  console.log(`message ${JSON.stringify(m)}`);
  w.disconnect();
});
