'use strict';
// Bytes that cannot begin a request (a TLS handshake sent to a plain HTTP
// port, or text) get node's 400 at once, without waiting for a line break;
// with a clientError listener the error carries llhttp's code and position.
const http = require('http');
const net = require('net');

function probe(server, bytes) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.write(bytes));
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('end', () => { c.end(); resolve(got); });
  });
}

(async () => {
  const plain = http.createServer(() => console.log('unexpected request'));
  await new Promise((r) => plain.listen(0, '127.0.0.1', r));
  console.log(JSON.stringify(await probe(plain, Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01]))));
  console.log(JSON.stringify(await probe(plain, 'hello world')));
  plain.close();

  const listening = http.createServer(() => console.log('unexpected request'));
  listening.on('clientError', (err, socket) => {
    console.log('clientError', err.code, err.reason, err.bytesParsed, JSON.stringify(`${err.rawPacket}`));
    socket.end('HTTP/1.1 400 Bad Request\r\nX-Handled: yes\r\n\r\n');
  });
  await new Promise((r) => listening.listen(0, '127.0.0.1', r));
  console.log(JSON.stringify(await probe(listening, 'GETX')));
  console.log(JSON.stringify(await probe(listening, '\r\nfoo')));
  listening.close();
})();
