// The end of a stream read behind its data is seen on the loop's next turn,
// as libuv reads it: an immediate scheduled by the data's handler runs
// before 'end'. So an HTTP server answers, from an immediate, a request
// that came with the client's FIN; a net server sees data, immediate, end.
const http = require('http');
const net = require('net');

function netCase(done) {
  const order = [];
  const server = net.createServer((s) => {
    s.on('data', (d) => {
      order.push(`data ${d}`);
      setImmediate(() => order.push('immediate'));
      process.nextTick(() => order.push('tick'));
    });
    s.on('end', () => order.push('end'));
    s.on('close', () => {
      console.log('net:', order.join(', '));
      server.close(done);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    net.connect(server.address().port, '127.0.0.1', function () { this.end('hi'); });
  });
}

function httpCase(done) {
  const server = http.createServer((req, res) => {
    req.on('close', () => console.log('http: req close, writableEnded', res.writableEnded));
    setImmediate(() => res.end('hello'));
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.end('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    let raw = '';
    c.on('data', (d) => { raw += d; });
    c.on('close', () => {
      console.log('http: client got', JSON.stringify(raw.replace(/Date: .*\r\n/, '')));
      server.close(done);
    });
  });
}

netCase(() => httpCase(() => console.log('done')));
