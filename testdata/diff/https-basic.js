// https: a server and requests to it — keep-alive reuse through an agent,
// a body, a URL string, https.get, the server's view of the socket, and
// what the agent refuses.
const https = require('https');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(dir, name));
const ca = read('ca-cert.pem');

const server = https.createServer({ key: read('server-key.pem'), cert: read('server-cert.pem') }, (req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.setHeader('x-proto', req.socket.getProtocol());
    res.setHeader('x-encrypted', String(req.socket.encrypted));
    res.end(`${req.method} ${req.url} ${req.headers.host === `localhost:${server.address().port}`} ${body.length} ${req.socket.alpnProtocol}`);
  });
});

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const agent = new https.Agent({ keepAlive: true, maxSockets: 1, ca });
  const request = (opts, payload) => new Promise((resolve) => {
    const req = https.request({ port, host: 'localhost', agent, ...opts }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(`${res.statusCode} [${res.headers['x-proto']} ${res.headers['x-encrypted']}] ${b} reused=${req.reusedSocket}`));
    });
    req.on('error', (e) => resolve(`error ${e.code} ${e.message}`));
    req.end(payload);
  });
  console.log(await request({ path: '/a' }));
  console.log(await request({ path: '/b', method: 'POST' }, 'x'.repeat(300000)));
  console.log(await request({ path: '/c', method: 'PUT' }, 'y'));
  console.log(await request({ path: '/d', agent: undefined, ca }));
  console.log(await request({ path: '/e', agent: undefined }));
  console.log(await request({ path: '/f', agent: undefined, rejectUnauthorized: false }));
  console.log(await request({ path: '/g', agent: undefined, ca, servername: 'wrong.test' }));
  console.log(await new Promise((resolve) => {
    https.get(`https://localhost:${port}/h?q=1`, { ca }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(`get ${res.statusCode} ${b}`));
    });
  }));
  try {
    https.request(`http://localhost:${port}/`);
  } catch (e) {
    console.log('http: URL', e.code, e.message);
  }
  console.log(https.globalAgent.defaultPort, https.globalAgent.protocol, agent.getName({ host: 'h', port: 1, ca: 'C' }));
  console.log(agent.getName({
    host: 'h', servername: 's', rejectUnauthorized: false, honorCipherOrder: false, secureOptions: 0,
    sigalgs: ['a', 'b'], key: 'K', cert: 'X', minVersion: 'TLSv1.2',
  }), agent.getName({ host: 'h', servername: 'h' }));
  agent.destroy();
  https.globalAgent.destroy();
  server.close(() => console.log('closed'));
});
