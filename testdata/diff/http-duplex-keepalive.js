// An http.Server serving a plain Duplex (not a net.Socket) given through
// 'connection': keep-alive requests one after another on it.
const http = require('http');
const net = require('net');
const { Duplex } = require('stream');

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end(`ok ${req.method} ${req.url}`));
});
const raw = net.createServer((s) => {
  const d = new Duplex({
    read() {},
    write(chunk, enc, cb) { s.write(chunk, cb); },
    final(cb) { s.end(); cb(); },
  });
  s.on('data', (c) => d.push(c));
  s.on('end', () => d.push(null));
  server.emit('connection', d);
});
raw.listen(0, '127.0.0.1', async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const request = (method, path, body) => new Promise((resolve, reject) => {
    const req = http.request({ port: raw.address().port, host: '127.0.0.1', agent, method, path }, (res) => {
      let b = '';
      res.on('data', (x) => { b += x; });
      res.on('end', () => resolve(`${res.statusCode} ${b} reused=${req.reusedSocket}`));
    });
    req.on('error', reject);
    req.end(body);
  });
  console.log(await request('GET', '/a'));
  console.log(await request('GET', '/b'));
  console.log(await request('POST', '/c', 'data'));
  console.log(await request('GET', '/d'));
  agent.destroy();
  raw.close();
});
