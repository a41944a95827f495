// The seed's handle-passing design over TLS: the parent accepts TCP
// connections and hands each to one of two children, which serve HTTPS on
// it ('connection' on an https.Server that never listens).
const https = require('https');
const net = require('net');
const fs = require('fs');
const path = require('path');
const { fork } = require('child_process');

const dir = path.join(__dirname, 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(dir, name));

if (process.argv[2] === 'child') {
  const server = https.createServer({ key: read('server-key.pem'), cert: read('server-cert.pem') }, (req, res) => {
    res.end(`handled by child ${process.argv[3]} over ${req.socket.getProtocol()}\n`);
  });
  process.on('message', (m, socket) => {
    if (m === 'socket') server.emit('connection', socket);
  });
  return;
}

const children = [fork(__filename, ['child', 'a']), fork(__filename, ['child', 'b'])];
let next = 0;
const server = net.createServer({ pauseOnConnect: true }, (socket) => {
  children[next++ % 2].send('socket', socket);
});
server.listen(0, '127.0.0.1', async () => {
  const counts = {};
  const agent = new https.Agent({ keepAlive: false, ca: read('ca-cert.pem') });
  for (let i = 0; i < 10; i++) {
    const body = await new Promise((resolve, reject) => {
      https.get({ host: 'localhost', port: server.address().port, agent }, (res) => {
        let b = '';
        res.on('data', (d) => { b += d; });
        res.on('end', () => resolve(b));
      }).on('error', reject);
    });
    counts[body] = (counts[body] || 0) + 1;
  }
  console.log(counts);
  server.close();
  for (const c of children) c.disconnect();
});
