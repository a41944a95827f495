// async_hooks: AsyncLocalStorage's store follows the async execution
// context through promises and await, process.nextTick, queueMicrotask,
// timers and immediates, fs and dns callbacks, net and http handles (a
// server's connections in the server's context, a client's events in its
// own, an accepted socket's data in none), child processes and UDP
// sockets, and never leaks into unrelated work. AsyncResource binds
// functions to the context it was made in. Results are printed sorted at
// exit: the I/O completes in any order.
'use strict';
if (process.argv[2] === 'child') {
  process.on('message', (m) => { process.send(`${m}!`); process.disconnect(); });
  return;
}
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const { fork, execFile } = require('child_process');
const dgram = require('dgram');
const fs = require('fs');
const dns = require('dns');
const net = require('net');
const http = require('http');
const EventEmitter = require('events');

const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const seen = {};
const note = (what) => { seen[what] = als.getStore(); };
process.on('exit', () => {
  for (const key of Object.keys(seen).sort()) console.log(key, '=>', JSON.stringify(seen[key]));
});

// Synchronous API.
console.log('outside:', als.getStore());
console.log('run returns:', als.run(1, (a, b) => [als.getStore(), a, b], 'x', 'y'));
als.run('outer', () => {
  console.log('nested:', als.run('inner', () => als.getStore()), als.getStore());
  console.log('exit:', als.exit(() => als.getStore()), als.getStore());
  other.run('o', () => console.log('two storages:', als.getStore(), other.getStore()));
  console.log('other outside its run:', other.getStore());
});
try {
  als.run('t', () => { throw new Error('thrown'); });
} catch (e) {
  console.log('after throw:', e.message, als.getStore());
}
console.log('this in callback:', als.run(1, function () { return this; }));
const dis = new AsyncLocalStorage();
dis.run('d', () => {
  dis.disable();
  console.log('disabled:', dis.getStore());
  dis.enterWith('again');
  console.log('enterWith after disable:', dis.getStore());
});

// Propagation.
als.run('promise', async () => {
  note('promise start');
  await null;
  note('after await');
  await new Promise((r) => setTimeout(r, 5));
  note('after await timeout');
  Promise.resolve().then(() => note('then'));
});
als.run('ticks', () => {
  process.nextTick(() => note('nextTick'));
  queueMicrotask(() => note('queueMicrotask'));
  setImmediate(() => note('setImmediate'));
  const iv = setInterval(() => { note('setInterval'); clearInterval(iv); }, 1);
  setTimeout(() => note('setTimeout'), 2);
});
setTimeout(() => note('timer made outside'), 3);
als.run('fs', () => {
  fs.readFile(__filename, () => note('fs.readFile callback'));
  fs.promises.stat(__filename).then(() => note('fs.promises'));
});
als.run('dns', () => dns.lookup('localhost', () => note('dns.lookup callback')));
const ee = new EventEmitter();
als.run('listener made', () => ee.on('ev', () => note('emitter listener')));
als.run('emitted', () => ee.emit('ev'));

// Handles.
als.run('net server', () => {
  const server = net.createServer((socket) => {
    note('net connection');
    socket.on('data', () => { note('accepted socket data'); socket.end('pong'); });
  });
  server.listen(0, '127.0.0.1', () => {
    note('net listen callback');
    als.run('net client', () => {
      const c = net.connect(server.address().port, '127.0.0.1', () => { note('net connect callback'); c.write('ping'); });
      c.on('data', () => note('net client data'));
      c.on('close', () => { note('net client close'); server.close(); });
    });
  });
});
als.run('http server', () => {
  const server = http.createServer((req, res) => {
    note('http request');
    req.resume();
    req.on('end', () => { note('http request end'); res.end('ok'); });
  });
  server.listen(0, '127.0.0.1', () => {
    als.run('http client', () => {
      http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
        note('http response');
        res.resume();
        res.on('end', () => { note('http response end'); server.close(); });
      });
    });
  });
});

als.run('fork', () => {
  const child = fork(__filename, ['child']);
  child.on('message', () => note('child message'));
  child.on('exit', () => note('child exit'));
  child.send('hi');
});
als.run('execFile', () => execFile('true', () => note('execFile callback')));
als.run('udp', () => {
  const socket = dgram.createSocket('udp4');
  socket.on('message', () => { note('udp message'); socket.close(); });
  socket.bind(0, '127.0.0.1', () => socket.send('x', socket.address().port, '127.0.0.1', () => note('udp send callback')));
});

// Two concurrent runs do not see each other's stores.
for (const id of ['a', 'b']) {
  als.run(id, async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, id === 'a' ? 1 : 2));
      if (als.getStore() !== id) seen[`leak ${id}`] = als.getStore();
    }
    note(`concurrent ${id} done`);
  });
}

// AsyncResource and the static helpers.
const bound = als.run('bound', () => AsyncResource.bind(function (x) { return [als.getStore(), x, this]; }));
console.log('AsyncResource.bind:', bound.call('self', 7), typeof bound.asyncResource, bound.length);
const resource = als.run('resource', () => new AsyncResource('THING'));
console.log('runInAsyncScope:', resource.runInAsyncScope(function (a) { return [als.getStore(), a, this]; }, 'me', 'arg'));
console.log('resource ids:', typeof resource.asyncId(), typeof resource.triggerAsyncId(), resource.emitDestroy() === resource);
console.log('resource.bind:', resource.bind(() => als.getStore())(), als.getStore());
const snap = als.run('snap', () => AsyncLocalStorage.snapshot());
console.log('snapshot:', snap(() => als.getStore()), snap((a, b) => a + b, 2, 3));
console.log('ALS.bind:', als.run('alsbind', () => AsyncLocalStorage.bind(() => als.getStore()))());
try { new AsyncResource(); } catch (e) { console.log('no type:', e.code); }
try { resource.bind(1); } catch (e) { console.log('bind non-function:', e.code); }
