// TLS at its edges: a refused connection, a server without a certificate,
// garbage from a client, an existing socket upgraded with { socket }, a
// timeout, a connection destroyed mid-handshake, and 4 MB each way with
// backpressure.
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const dir = path.join(__dirname, 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(dir, name));
const ca = read('ca-cert.pem');
const creds = { key: read('server-key.pem'), cert: read('server-cert.pem') };
const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
const closed = (socket) => new Promise((resolve) => socket.on('close', resolve));

async function main() {
  // Nothing listens on the port of a server that closed.
  const gone = net.createServer();
  const gonePort = await listen(gone);
  await new Promise((resolve) => gone.close(resolve));
  const refused = tls.connect({ port: gonePort, host: '127.0.0.1', ca });
  refused.on('error', (e) => console.log('refused:', e.code, e.syscall));
  await closed(refused);

  // A server with no certificate to present.
  const bare = tls.createServer({}, () => console.log('bare: secure?'));
  bare.on('tlsClientError', (e) => console.log('bare: tlsClientError', typeof e.code));
  const barePort = await listen(bare);
  const noCert = tls.connect({ port: barePort, host: '127.0.0.1', ca });
  noCert.on('error', (e) => console.log('bare: client error', typeof e.code));
  await closed(noCert);
  bare.close();

  // Garbage, then an existing TCP connection upgraded to TLS.
  const server = tls.createServer(creds, (s) => {
    s.on('data', (d) => s.write(d));
    s.on('end', () => s.end());
  });
  server.on('tlsClientError', (e) => console.log('server: tlsClientError', e.code));
  const port = await listen(server);
  const junk = net.connect(port, '127.0.0.1', () => junk.write(Buffer.alloc(64, 0xfe)));
  junk.on('data', () => {});
  junk.on('error', () => {});
  await closed(junk);

  const raw = net.connect(port, '127.0.0.1');
  await new Promise((resolve) => raw.on('connect', resolve));
  const upgraded = tls.connect({ socket: raw, servername: 'localhost', ca }, () => {
    console.log('upgraded: secure', upgraded.authorized, upgraded.remotePort === port);
    upgraded.end('over an existing socket');
  });
  upgraded.setEncoding('utf8');
  upgraded.on('data', (d) => console.log('upgraded: echo', d));
  await closed(upgraded);
  console.log('upgraded: raw destroyed', raw.destroyed);

  // An idle connection times out.
  const idle = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca }, () => {
    idle.setTimeout(50, () => {
      console.log('idle: timeout, secure', idle.authorized);
      idle.destroy();
    });
  });
  await closed(idle);

  // Destroyed before its handshake finished.
  const early = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca }, () => console.log('early: secure?'));
  early.on('connect', () => early.destroy());
  early.on('error', (e) => console.log('early: error', e.code));
  await closed(early);
  console.log('early: destroyed', early.destroyed);

  // 4 MB each way: the server echoes what it reads while the client writes.
  const big = crypto.randomBytes(4 << 20);
  const digest = crypto.createHash('sha256').update(big).digest('hex');
  const bulk = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca }, () => {
    let offset = 0;
    const pump = () => {
      while (offset < big.length) {
        const chunk = big.subarray(offset, offset + 100000);
        offset += chunk.length;
        if (!bulk.write(chunk)) {
          bulk.once('drain', pump);
          return;
        }
      }
      bulk.end();
    };
    pump();
  });
  const hash = crypto.createHash('sha256');
  let n = 0;
  bulk.on('data', (d) => {
    n += d.length;
    hash.update(d);
  });
  await closed(bulk);
  console.log('bulk:', n, hash.digest('hex') === digest);
  server.close(() => console.log('closed'));
}

main();
