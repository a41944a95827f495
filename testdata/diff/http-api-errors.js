// Bad arguments get node's error codes and messages.
const http = require('http');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

attempt('validateHeaderName', () => http.validateHeaderName('bad name'));
attempt('validateHeaderName ok', () => http.validateHeaderName('x-good'));
attempt('validateHeaderValue undefined', () => http.validateHeaderValue('x', undefined));
attempt('validateHeaderValue char', () => http.validateHeaderValue('x', 'a\nb'));
attempt('request method', () => http.request({ method: 'BAD METHOD', port: 1 }));
attempt('request path', () => http.request({ path: '/a b', port: 1 }));
attempt('request protocol', () => http.request({ protocol: 'https:', port: 1 }));
attempt('request agent', () => http.request({ agent: 'nope', port: 1 }));
attempt('createServer options', () => http.createServer(42));
attempt('headersTimeout', () => http.createServer({ headersTimeout: 10, requestTimeout: 5 }));

const server = http.createServer((req, res) => {
  attempt('setHeader name', () => res.setHeader('bad name', 'v'));
  attempt('setHeader value', () => res.setHeader('x-v', undefined));
  attempt('setHeader char', () => res.setHeader('x-v', 'line\nbreak'));
  attempt('getHeader type', () => res.getHeader(1));
  attempt('status low', () => res.writeHead(99));
  attempt('status high', () => res.writeHead(1000));
  attempt('write null', () => res.write(null));
  attempt('write number', () => res.write(5));
  res.end('done');
  attempt('setHeader after', () => res.setHeader('x', 'y'));
  attempt('removeHeader after', () => res.removeHeader('x'));
  attempt('writeHead after', () => res.writeHead(200));
  res.on('error', (err) => console.log('res error', err.code, err.message));
  res.write('more', (err) => console.log('write cb', err && err.code));
  res.end('again', (err) => console.log('end cb', err && err.code));
});

server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('body', d));
    res.on('end', () => server.close());
  });
});
