// A Unix domain socket server: address() is the path, clients connect by
// path, remote/local addresses are undefined, the socket file is removed on
// close, and a second server on the same path gets EADDRINUSE.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const sockPath = path.join(os.tmpdir(), `gonode-net-unix-${process.pid}.sock`);
const serverLog = [];
const server = net.createServer((s) => {
  serverLog.push(`socket remote=${s.remoteAddress} ${s.remotePort} address=${JSON.stringify(s.address())}`);
  s.setEncoding('utf8');
  s.on('data', (d) => s.end(`pong:${d}`));
});
server.listen(sockPath, () => {
  console.log('address is path', server.address() === sockPath, 'file exists', fs.existsSync(sockPath));
  net.createServer().listen(sockPath).on('error', (err) => {
    console.log('second:', err.code, err.syscall, err.message === `listen EADDRINUSE: address already in use ${sockPath}`,
      err.address === sockPath, err.port);
    const c = net.connect(sockPath, () => {
      console.log(`client connected remote=${c.remoteAddress} local=${c.localAddress} ${c.readyState}`);
      c.write('ping');
    });
    c.setEncoding('utf8');
    c.on('data', (d) => console.log('client got', d));
    c.on('close', () => {
      server.close(() => {
        console.log(serverLog.join('\n'));
        console.log('closed; file exists', fs.existsSync(sockPath));
      });
    });
  });
});
