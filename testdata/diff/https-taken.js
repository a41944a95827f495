// https with the parser reading the TLSSocket's plaintext itself: two
// requests pipelined in one write, a 4 MB upload read slowly, an upgrade
// whose head and trailing bytes reach the upgraded socket, keep-alive
// after a response left unread, byte counts, and a connection closed
// mid-request.
const https = require('https');
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(dir, name));
const ca = read('ca-cert.pem');

const server = https.createServer({ key: read('server-key.pem'), cert: read('server-cert.pem') }, (req, res) => {
  if (req.url === '/upload') {
    let n = 0;
    req.on('data', (d) => {
      n += d.length;
      // Read slowly: the parser has to hold the rest back.
      req.pause();
      setTimeout(() => req.resume(), 1);
    });
    req.on('end', () => res.end(`got ${n}`));
    return;
  }
  if (req.url === '/hang') {
    req.on('close', () => {
      console.log('hang: request closed', req.complete);
      server.close(() => console.log('closed'));
    });
    return;
  }
  res.setHeader('Date', 'Thu, 01 Jan 2026 00:00:00 GMT');
  res.end(`${req.method} ${req.url}`);
});
server.on('upgrade', (req, socket, head) => {
  console.log('upgrade:', req.headers.upgrade, 'head', JSON.stringify(head.toString()));
  socket.on('data', (d) => {
    console.log('upgrade: data', JSON.stringify(d.toString()));
    socket.end('bye');
  });
  socket.write('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\n');
});

// raw opens a TLS connection, writes text, and resolves to all it reads.
function raw(port, text, onSecure) {
  return new Promise((resolve) => {
    const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca }, () => {
      c.write(text);
      if (onSecure) onSecure(c);
    });
    let out = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { out += d; });
    c.on('close', () => resolve(out));
  });
}

const request = (port, agent, opts, body) => new Promise((resolve, reject) => {
  const req = https.request({ port, host: 'localhost', ca, agent, ...opts }, (res) => {
    let b = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { b += d; });
    res.on('end', () => resolve({ text: `${res.statusCode} ${b}`, reused: req.reusedSocket, socket: req.socket }));
  });
  req.on('error', reject);
  req.end(body);
});

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();

  const piped = await raw(port,
    'GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  console.log('pipelined:', JSON.stringify(piped.replace(/\r\n/g, '|')));

  const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
  const up = await request(port, agent, { method: 'POST', path: '/upload' }, Buffer.alloc(4 << 20, 1));
  console.log('upload:', up.text);
  const again = await request(port, agent, { path: '/again' });
  console.log('keep-alive:', again.text, again.reused);
  const third = await request(port, agent, { path: '/third' });
  const s = third.socket;
  console.log('counts:', s.bytesRead > 0, s.bytesWritten > 0, s.bytesRead === s._handle.bytesRead);
  agent.destroy();

  const upgraded = await raw(port,
    'GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\nearly bytes', (c) => {
      setTimeout(() => c.write('later bytes'), 20);
    });
  console.log('upgraded:', JSON.stringify(upgraded.replace(/\r\n/g, '|')));

  await raw(port, 'POST /hang HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc', (c) => {
    setTimeout(() => c.destroy(), 50);
  });
});
