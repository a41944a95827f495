// The static tables and custom status lines.
const http = require('http');

console.log(http.METHODS.length, http.METHODS.join(','));
console.log(Object.keys(http.STATUS_CODES).length, http.STATUS_CODES[418], http.STATUS_CODES[451]);
console.log('maxHeaderSize', http.maxHeaderSize);
console.log('globalAgent', http.globalAgent instanceof http.Agent, http.globalAgent.keepAlive,
  http.globalAgent.maxSockets, http.globalAgent.options.timeout);

const server = http.createServer((req, res) => {
  const code = Number(req.url.slice(1));
  if (code === 299) res.statusMessage = 'Custom Reason';
  res.statusCode = code;
  res.end(String(code));
});

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const code of [200, 201, 299, 404, 418, 500, 599, 999]) {
    await new Promise((resolve) => {
      http.get({ port, host: '127.0.0.1', path: `/${code}` }, (res) => {
        res.resume();
        res.on('end', () => {
          console.log(code, JSON.stringify(res.statusMessage), res.headers['content-length']);
          resolve();
        });
      });
    });
  }
  server.close();
});
