'use strict';
// ServerResponse.prototype.writeHead as seen from JavaScript (name, length,
// the writeHeader alias), and each way a head is made: a plain headers
// object, headers to merge with a reason and an array, a second call that
// throws, and a response whose _storeHeader was replaced.
const http = require('http');
const { ServerResponse } = http;
const { writeHead } = ServerResponse.prototype;
console.log(writeHead.name, writeHead.length, ServerResponse.prototype.writeHeader === writeHead);

const s = http.createServer((req, res) => {
  switch (req.url) {
    case '/object':
      console.log(res.writeHead(201, { 'X-A': '1' }) === res);
      res.end('a');
      break;
    case '/merge':
      res.setHeader('X-B', '2');
      res.writeHead(202, 'Fine', ['X-C', '3']);
      res.end('b');
      break;
    case '/twice':
      res.writeHead(200);
      try {
        res.writeHead(200);
      } catch (e) {
        console.log(e.code, e.message);
      }
      res.end('c');
      break;
    case '/store': {
      const store = res._storeHeader;
      res._storeHeader = function (line, headers) {
        console.log('own _storeHeader:', JSON.stringify(line));
        return store.call(this, line, headers);
      };
      res.writeHead(203, { 'X-D': '4' });
      res.end('d');
      break;
    }
  }
});
s.listen(0, '127.0.0.1', async () => {
  for (const path of ['/object', '/merge', '/twice', '/store']) {
    await new Promise((resolve) => http.get({ port: s.address().port, host: '127.0.0.1', path }, (res) => {
      const h = res.headers;
      console.log(path, res.statusCode, res.statusMessage, h['x-a'], h['x-b'], h['x-c'], h['x-d'], h['transfer-encoding']);
      res.resume();
      res.on('end', resolve);
    }));
  }
  s.close();
});
