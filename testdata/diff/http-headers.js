// Response header API: set/get/has/remove/append, arrays, writeHead forms.
const http = require('http');

const server = http.createServer((req, res) => {
  res.setHeader('X-Number', 42);
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.appendHeader('X-List', 'one');
  res.appendHeader('X-List', ['two', 'three']);
  console.log('names', res.getHeaderNames());
  console.log('raw names', res.getRawHeaderNames());
  console.log('get', res.getHeader('x-number'), res.getHeader('X-LIST'), res.getHeader('missing'));
  console.log('has', res.hasHeader('set-cookie'), res.hasHeader('nope'));
  console.log('headers', res.getHeaders());
  res.setHeader('X-Remove', 'gone');
  res.removeHeader('x-remove');
  console.log('sent before', res.headersSent);
  const ret = res.writeHead(202, 'Accepted Here', { 'X-Extra': 'yes', 'Content-Type': 'text/plain' });
  console.log('writeHead returns res', ret === res, 'sent after', res.headersSent);
  res.end(req.url === '/a' ? 'first' : 'second');
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const show = (res) => {
    const raw = [];
    for (let i = 0; i < res.rawHeaders.length; i += 2) {
      if (res.rawHeaders[i] !== 'Date') raw.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`);
    }
    console.log(res.statusCode, JSON.stringify(res.statusMessage));
    console.log(raw.join('\n'));
    console.log('set-cookie', res.headers['set-cookie'], 'x-list', res.headers['x-list']);
  };
  http.get({ port, host: '127.0.0.1', path: '/a', headers: { 'X-Req': ['r1', 'r2'] } }, (res) => {
    show(res);
    res.resume();
    res.on('end', () => server.close());
  });
});
