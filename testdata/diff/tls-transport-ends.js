// How a TLS server's socket learns that its TCP connection ended: reset by
// the client, ended by the client without close_notify, destroyed under
// the client's TLSSocket; and the transport's byte counts and silence.
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(dir, name));
const ca = read('ca-cert.pem');
const creds = { key: read('server-key.pem'), cert: read('server-cert.pem') };

let onSecure;
const server = tls.createServer(creds, (s) => onSecure(s));
const secured = () => new Promise((resolve) => { onSecure = resolve; });

function watch(name, s) {
  const events = [];
  s.on('data', (d) => events.push(`data ${d.length}`));
  s.on('end', () => events.push('end'));
  s.on('error', (e) => events.push(`error ${e.code}`));
  return new Promise((resolve) => s.on('close', (hadError) => {
    events.push(`close ${hadError}`);
    console.log(name, events.join(', '));
    resolve();
  }));
}

function connect(port) {
  const raw = net.connect(port, '127.0.0.1');
  const c = tls.connect({ socket: raw, servername: 'localhost', ca });
  c.on('error', () => {});
  return new Promise((resolve) => c.on('secureConnect', () => resolve({ raw, c })));
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();

  // The client's TCP connection is reset after some data.
  let s = secured();
  let { raw, c } = await connect(port);
  let ss = await s;
  let done = watch('reset:', ss);
  c.write('x'.repeat(100));
  ss.once('data', () => raw.resetAndDestroy());
  await done;

  // The client ends its TCP side without close_notify.
  s = secured();
  ({ raw, c } = await connect(port));
  ss = await s;
  ss.allowHalfOpen = false;
  done = watch('raw end:', ss);
  c.write('y'.repeat(50), () => raw.end());
  await done;

  // The client destroys its TLSSocket (and so its TCP connection).
  s = secured();
  ({ raw, c } = await connect(port));
  ss = await s;
  done = watch('destroy:', ss);
  c.write('z'.repeat(70), () => c.destroy());
  await done;

  // A large reply: both sides count what crossed the wire.
  s = secured();
  ({ raw, c } = await connect(port));
  ss = await s;
  let got = 0;
  let rawGot = 0;
  c.on('data', (d) => { got += d.length; });
  // The session reads the transport's connection itself, as node's
  // TLSWrap does: the transport emits no ciphertext.
  raw.on('data', (d) => { rawGot += d.length; });
  const ended = new Promise((resolve) => c.on('end', resolve));
  ss.end(Buffer.alloc(3 << 20, 7));
  await ended;
  console.log('large: client got', got, 'raw read more', raw.bytesRead > got, 'plain read', c.bytesRead === got || c.bytesRead,
    'raw data events', rawGot);
  c.end();
  server.close();
});
