// A CR not followed by LF in a header line: llhttp's error code, reason and
// position depend on where the CR falls (HPE_LF_EXPECTED after a value), for
// requests (clientError) and responses (the request's 'error') alike.
const { reportingServer, send, response } = require('./fixtures/http-malformed');

const requests = [
  'GET / HTTP/1.1\r\nDummy: Header\rContent-Length: 1\r\n\r\n',
  'GET / HTTP/1.1\r\nDummy: Hea\rder\r\n\r\n',
  'GET / HTTP/1.1\r\nDummy: a \rX\r\n\r\n',
  'GET / HTTP/1.1\r\nDummy:\rX\r\n\r\n',
  'GET / HTTP/1.1\r\nDummy: \rX\r\n\r\n',
  'GET / HTTP/1.1\r\nDummy\r: x\r\n\r\n',
  'GET / HTTP/1.1\r\nDu\u0001mmy: a\rX\r\n\r\n',
  'GET / HTTP/1.1\r\nDummy: a\u0001b\rX\r\n\r\n',
  'GET / HTTP/1.1\r\nDummy: Header\r\n\rX\r\n',
];

const server = reportingServer();

server.listen(0, '127.0.0.1', async () => {
  for (const r of requests) await send(server.address().port, r);
  server.close();
  await response('HTTP/1.1 200 OK\r\nFoo: Bar\rContent-Length: 1\r\n\r\n');
});
