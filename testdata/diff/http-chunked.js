// A streamed response without Content-Length goes out chunked, trailers too.
const http = require('http');

const server = http.createServer((req, res) => {
  res.setHeader('Trailer', 'X-Checksum');
  res.write('alpha,');
  res.write(Buffer.from('beta,'));
  setImmediate(() => {
    res.write('gamma');
    res.addTrailers({ 'X-Checksum': 'abc123' });
    res.end();
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  http.get({ port, host: '127.0.0.1' }, (res) => {
    console.log(res.statusCode, res.headers['transfer-encoding'], res.headers['content-length']);
    const parts = [];
    res.on('data', (d) => parts.push(d.toString()));
    res.on('end', () => {
      console.log('body', parts.join(''));
      console.log('trailers', res.trailers, res.rawTrailers);
      server.close();
    });
  });
});
