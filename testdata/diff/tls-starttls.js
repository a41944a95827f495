// STARTTLS: a plain-text conversation on a TCP connection that both sides
// then upgrade — the server with new tls.TLSSocket(socket, { isServer }),
// the client with tls.connect({ socket }).
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(dir, name));
const secureContext = tls.createSecureContext({ key: read('server-key.pem'), cert: read('server-cert.pem') });

const server = net.createServer((socket) => {
  socket.write('220 hello\r\n');
  socket.once('data', (line) => {
    console.log('server heard', JSON.stringify(String(line)));
    socket.write('220 go ahead\r\n', () => {
      const secure = new tls.TLSSocket(socket, { isServer: true, secureContext, server });
      secure.on('secure', () => console.log('server secure', secure.getProtocol(), secure.encrypted));
      secure.setEncoding('utf8');
      secure.on('data', (d) => {
        console.log('server read', JSON.stringify(d));
        secure.end('250 ok\r\n');
      });
    });
  });
});

server.listen(0, '127.0.0.1', () => {
  const plain = net.connect(server.address().port, '127.0.0.1');
  let greeting = 0;
  plain.setEncoding('utf8');
  plain.on('data', function onPlain(d) {
    console.log('client heard', JSON.stringify(d));
    if (++greeting === 1) {
      plain.write('STARTTLS\r\n');
      return;
    }
    plain.removeListener('data', onPlain);
    const secure = tls.connect({ socket: plain, servername: 'localhost', ca: read('ca-cert.pem') }, () => {
      console.log('client secure', secure.authorized);
      secure.write('MAIL FROM:<a@b>\r\n');
    });
    secure.setEncoding('utf8');
    secure.on('data', (r) => console.log('client read', JSON.stringify(r)));
    secure.on('close', () => server.close(() => console.log('done')));
  });
});
