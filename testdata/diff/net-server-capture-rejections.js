// events.captureRejections: a rejection from an async 'connection' listener
// destroys that socket with the error; from another listener, it is the
// server's 'error'.
'use strict';
const events = require('events');
const net = require('net');
events.captureRejections = true;

const server = net.createServer(async (socket) => {
  socket.on('error', (err) => console.log('socket error:', err.message));
  socket.on('close', () => {
    console.log('socket closed, destroyed:', socket.destroyed);
    server.emit('custom');
  });
  throw new Error('from the connection listener');
});
server.on('custom', async () => {
  throw new Error('from a custom listener');
});
server.on('error', (err) => {
  console.log('server error:', err.message);
  server.close();
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.on('error', () => {});
  client.resume();
});
