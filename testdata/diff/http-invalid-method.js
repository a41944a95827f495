// A request line whose method is a whole method followed by more letters is
// 'Expected space after method', anything else not a method 'Invalid method
// encountered', at llhttp's positions.
const http = require('http'); const net = require('net');
const inputs = ['GETX / HTTP/1.1\r\n\r\n', 'GE / HTTP/1.1\r\n\r\n', 'PUTS / HTTP/1.1\r\n\r\n', 'XYZ / HTTP/1.1\r\n\r\n', 'G / HTTP/1.1\r\n\r\n', 'get / HTTP/1.1\r\n\r\n', 'POSTX / HTTP/1.1\r\n\r\n', 'CONNECTX / HTTP/1.1\r\n\r\n', 'FOO\x01 / HTTP/1.1\r\n\r\n', 'GET\t/ HTTP/1.1\r\n\r\n'];
(async () => { for (const inp of inputs) await new Promise((resolve) => {
  const server = http.createServer((req, res) => res.end('ok'));
  server.on('clientError', (err, sock) => { console.log(JSON.stringify(inp.split(' ')[0]), err.code, err.reason, err.bytesParsed); sock.destroy(); });
  server.listen(0, '127.0.0.1', () => {
    const s = net.connect(server.address().port, '127.0.0.1', () => s.end(inp));
    s.resume(); s.on('close', () => { server.close(); resolve(); });
  });
}); })();
