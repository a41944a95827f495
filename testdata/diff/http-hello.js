// A hello-world server and http.get against it: status, headers, body.
const http = require('http');

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('Hello World!');
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  http.get(`http://127.0.0.1:${port}/`, (res) => {
    console.log(res.statusCode, res.statusMessage, res.httpVersion);
    const headers = { ...res.headers };
    console.log('date is a string:', typeof headers.date === 'string');
    delete headers.date;
    console.log(headers);
    res.setEncoding('utf8');
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('body:', body, 'complete:', res.complete);
      server.close(() => console.log('server closed'));
    });
  });
});
