// Bytes after a complete response in the same read: after Connection: close
// the client reports HPE_CLOSED_CONNECTION (the response still completes);
// on a keep-alive connection, bytes that cannot start a response are
// HPE_INVALID_CONSTANT and the socket is not reused.
const http = require('http');
const net = require('net');

function run(reply, agent) {
  return new Promise((resolve) => {
    const server = net.createServer((s) => s.once('data', () => s.write(reply)));
    server.listen(0, '127.0.0.1', () => {
      const req = http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res) => {
        res.on('data', (d) => console.log('data', String(d)));
        res.on('end', () => console.log('end'));
      });
      req.on('error', (e) => console.log('req error', e.code, e.message, e.bytesParsed));
      req.on('close', () => {
        console.log('req close');
        setImmediate(() => {
          if (agent) console.log('free sockets', Object.values(agent.freeSockets).flat().length);
          server.close();
          if (agent) agent.destroy();
          resolve();
        });
      });
    });
  });
}

(async () => {
  await run('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nabEXTRA');
  await run('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nabEXTRA', new http.Agent({ keepAlive: true }));
  await run('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nabHTTP/1.1 200 OK\r\n', new http.Agent({ keepAlive: true }));
  await run('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nab', new http.Agent({ keepAlive: true }));
})();
