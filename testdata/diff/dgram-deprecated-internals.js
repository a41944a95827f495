'use strict';
// The dgram.Socket internals node deprecated (DEP0112) still work, and warn
// once for the code: _handle, _receiving, _bindState, _queue, _reuseAddr,
// _healthCheck(), _stopReceiving(), and dgram._createSocketHandle().
const dgram = require('dgram');

process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
console.log(Object.keys(dgram));

const socket = dgram.createSocket({ type: 'udp4', reuseAddr: true });
console.log('handle', typeof socket._handle, typeof socket._handle.recvStart);
console.log('state', socket._receiving, socket._bindState, socket._queue, socket._reuseAddr);
socket.bind(0, '127.0.0.1', () => {
  console.log('bound', socket._receiving, socket._bindState);
  socket._healthCheck();
  socket._stopReceiving();
  console.log('stopped', socket._receiving);
  socket._reuseAddr = false;
  console.log('reuseAddr', socket._reuseAddr);
  const handle = dgram._createSocketHandle('127.0.0.1', 0, 'udp4', 0, 0);
  console.log('created', typeof handle, typeof handle.close);
  handle.close();
  console.log('bad fd', dgram._createSocketHandle(null, 0, 'udp4', 1, 0));
  try {
    dgram._createSocketHandle('127.0.0.1', 0, 'tcp4');
  } catch (e) {
    console.log('bad type', e.code, e.message);
  }
  socket.close(() => {
    console.log('closed handle', socket._handle);
    try {
      socket._healthCheck();
    } catch (e) {
      console.log('health', e.code, e.message);
    }
  });
});
