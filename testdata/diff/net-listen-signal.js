// listen({signal}) closes the server when the signal aborts (on the next
// tick if it already has) and validates it; servers and dgram sockets are
// async-disposable; ERR_MISSING_ARGS names alternatives with "or"; dgram
// validates its buffer sizes; net.Server has no 'connections' property.
const net = require('net');
const dgram = require('dgram');

const ac = new AbortController();
const server = net.createServer();
server.on('close', () => console.log('server close event'));
server.listen({ port: 0, host: '127.0.0.1', signal: ac.signal }, () => {
  console.log('listening');
  ac.abort();
  console.log('after abort listening', server.listening);
});

const pre = net.createServer();
pre.on('listening', () => console.log('pre listening'));
pre.on('close', () => console.log('pre close'));
pre.listen({ port: 0, host: '127.0.0.1', signal: AbortSignal.abort() });

try {
  net.createServer().listen({ port: 0, signal: 42 });
} catch (e) {
  console.log(e.code, e.message);
}
try {
  net.connect();
} catch (e) {
  console.log(e.code, e.message);
}
for (const o of [{ recvBufferSize: 'x' }, { sendBufferSize: -1 }, { recvBufferSize: 1.5 }]) {
  try {
    dgram.createSocket({ type: 'udp4', ...o }).close();
    console.log('no throw');
  } catch (e) {
    console.log(e.code, e.message);
  }
}
console.log(typeof net.Server.prototype[Symbol.asyncDispose], typeof dgram.Socket.prototype[Symbol.asyncDispose], net.createServer().connections);
const disposable = net.createServer().listen(0, '127.0.0.1', async () => {
  await disposable[Symbol.asyncDispose]();
  console.log('disposed', disposable.listening);
  const u = dgram.createSocket('udp4');
  u.bind(0, '127.0.0.1', async () => {
    await u[Symbol.asyncDispose]();
    console.log('udp disposed');
  });
});
