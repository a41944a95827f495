// A request whose Transfer-Encoding lists chunked anywhere but last, across
// repeated headers too, is a clientError (HPE_INVALID_TRANSFER_ENCODING, at
// llhttp's position), never a request: no smuggling through a second
// header. A request whose last coding is not chunked (its length unknown)
// is emitted, its head being complete, and then fails; an upgrade request
// takes the connection before that.
const http = require('http'); const net = require('net');
const cases = ['Transfer-Encoding: chunkedchunked', 'Transfer-Encoding: gzip', 'Transfer-Encoding: gzip\r\nConnection: upgrade\r\nUpgrade: ws', 'Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked', 'Transfer-Encoding: chunked, gzip', 'Transfer-Encoding: chunked,  chunked', 'Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked', 'Transfer-Encoding: chunked\r\nTransfer-Encoding: gzip, chunked', 'Transfer-Encoding: chunked\r\nX: y\r\nTransfer-Encoding: chunked'];
(async () => { for (const te of cases) await new Promise((resolve) => {
  const server = http.createServer((req, res) => { console.log('request', JSON.stringify(te), req.complete); req.resume(); req.on('end', () => res.end('ok')); });
  server.on('upgrade', (req, sock) => { console.log('upgrade', JSON.stringify(te)); sock.end(); });
  server.on('clientError', (err, sock) => { console.log(JSON.stringify(te), err.code, err.bytesParsed); sock.destroy(); });
  server.listen(0, '127.0.0.1', () => {
    const s = net.connect(server.address().port, '127.0.0.1', () => s.end(`POST / HTTP/1.1\r\nHost: a\r\n${te}\r\nConnection: close\r\n\r\n0\r\n\r\n`));
    let d = ''; s.on('data', (c) => d += c);
    s.on('close', () => { if (d) console.log(JSON.stringify(te), d.split('\r\n')[0]); server.close(); resolve(); });
  });
}); })();
