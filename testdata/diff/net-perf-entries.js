// PerformanceObserver gets a 'net' entry for each TCP connect, as node's
// (name 'connect', detail host and port); none for a Unix socket.
'use strict';
const net = require('net');
const os = require('os');
const path = require('path');
const { PerformanceObserver } = require('perf_hooks');

const entries = [];
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) entries.push(e);
});
obs.observe({ entryTypes: ['net'] });

const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const c = net.connect(port, '127.0.0.1', () => {
    c.on('close', () => {
      const pipe = path.join(os.tmpdir(), `gonode-net-perf-${process.pid}.sock`);
      const ps = net.createServer((s) => s.end()).listen(pipe, () => {
        net.connect(pipe).on('close', () => {
          ps.close();
          server.close();
          setImmediate(() => {
            obs.disconnect();
            for (const e of entries) {
              console.log(e.entryType, e.name, e.detail.host, e.detail.port === port, e.duration >= 0, typeof e.startTime);
            }
            console.log('entries', entries.length);
          });
        }).resume();
      });
    }).resume();
  });
});
