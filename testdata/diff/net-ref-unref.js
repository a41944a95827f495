// ref()/unref(): an unref'd server or socket does not keep the process
// alive; ref() (or activity on a ref'd handle) does.
const net = require('net');

const server = net.createServer((s) => {
  s.on('data', (d) => {
    console.log('server got', String(d));
    // The client is unref'd and the server too: nothing keeps the process
    // alive once this socket is paused.
    server.unref();
    s.pause();
    s.unref();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.unref();
    c.write('hello');
  });
  // A ref'd timer shorter than nothing else: the process exits when it fires.
  console.log('hasRef before', typeof server._handle.hasRef === 'function');
});
server.unref();
server.ref();
process.on('exit', () => console.log('exited; listening', server.listening));
