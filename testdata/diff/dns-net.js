'use strict';
// net, http and dgram resolve host names with dns.lookup (looked up when
// they resolve, so a replaced dns.lookup is used), in the default result
// order set with dns.setDefaultResultOrder.
const dns = require('dns');
const net = require('net');
const http = require('http');
const dgram = require('dgram');

const original = dns.lookup;
dns.lookup = function lookup(hostname, options, callback) {
  const opts = typeof options === 'object' ? { ...options } : options;
  console.log('dns.lookup', hostname, JSON.stringify(opts), dns.getDefaultResultOrder());
  return original.apply(this, arguments);
};

dns.setDefaultResultOrder('ipv4first');

const server = net.createServer((s) => s.end('hi')).listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const sock = net.connect({ host: 'localhost', port });
  sock.on('lookup', (err, address, family, host) => console.log('lookup event', err, address, family, host));
  sock.setEncoding('utf8');
  sock.on('data', (d) => console.log('net data', d));
  sock.on('close', () => {
    const s2 = net.connect({ host: 'localhost', port, family: 4 });
    s2.on('lookup', (err, address, family) => console.log('lookup event 4', err, address, family));
    s2.resume();
    s2.on('close', () => {
      // A custom lookup option wins over dns.lookup.
      const s3 = net.connect({ host: 'custom.test', port, lookup: (h, o, cb) => { console.log('custom lookup', h); if (o.all) cb(null, [{ address: '127.0.0.1', family: 4 }]); else cb(null, '127.0.0.1', 4); } });
      s3.resume();
      s3.on('close', () => {
        const s4 = net.connect({ host: 'a..b', port });
        s4.on('error', (e) => {
          console.log('connect error', e.message, e.code, e.errno, e.syscall, e.hostname);
          server.close();
          httpStep();
        });
      });
    });
  });
});

function httpStep() {
  const hs = http.createServer((req, res) => res.end('ok')).listen(0, '127.0.0.1', () => {
    http.get({ host: 'localhost', port: hs.address().port, agent: false }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (d) => console.log('http data', d));
      res.on('end', () => {
        hs.close();
        dgramStep();
      });
    });
  });
}

function dgramStep() {
  const receiver = dgram.createSocket('udp4');
  receiver.on('message', (msg) => {
    console.log('dgram message', msg.toString());
    receiver.close();
    sender.close();
  });
  const sender = dgram.createSocket('udp4');
  receiver.bind(0, 'localhost', () => {
    sender.send('ping', receiver.address().port, 'localhost');
  });
}
