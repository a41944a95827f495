// Content-Length and Transfer-Encoding together: llhttp rejects the second
// of them as its name ends, with an error named after that one (and its
// position), in requests and responses alike.
const { reportingServer, send, response } = require('./fixtures/http-malformed');

const heads = [
  'Transfer-Encoding: chunked\r\nContent-Length:   3\r\n',
  'Content-Length: 3\r\nTransfer-Encoding:  chunked\r\n',
  'Transfer-Encoding: gzip\r\nContent-Length: 3\r\n',
];

const server = reportingServer();

server.listen(0, '127.0.0.1', async () => {
  for (const h of heads) await send(server.address().port, `POST / HTTP/1.1\r\nHost: x\r\n${h}\r\n0\r\n\r\n`);
  server.close();
  for (const h of heads) await response(`HTTP/1.1 200 OK\r\n${h}\r\n0\r\n\r\n`);
});
