'use strict';
// Pipelined requests that arrive in one packet: the order of the server's
// events ('request', 'data', 'end', 'finish') for POSTs with bodies, for
// GETs without, and for a mix, each sent by a raw client in a single write.
const http = require('http');
const net = require('net');

const cases = [
  ['two POSTs',
    'POST /a HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello' +
    'POST /b HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nworld'],
  ['two GETs',
    'GET /a HTTP/1.1\r\nHost: t\r\n\r\n' +
    'GET /b HTTP/1.1\r\nHost: t\r\n\r\n'],
  ['POST chunked then GET',
    'POST /a HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n' +
    'GET /b HTTP/1.1\r\nHost: t\r\n\r\n'],
  ['GET then POST then POST (last closes)',
    'GET /a HTTP/1.1\r\nHost: t\r\n\r\n' +
    'POST /b HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nxyz' +
    'POST /c HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\nConnection: close\r\n\r\n12'],
];

function run([name, payload]) {
  return new Promise((resolve) => {
    const log = [];
    const server = http.createServer((req, res) => {
      log.push(`request ${req.method} ${req.url}`);
      req.on('data', (d) => log.push(`data ${req.url} ${d}`));
      req.on('end', () => {
        log.push(`end ${req.url}`);
        res.end(`done ${req.url}`);
      });
      res.on('finish', () => log.push(`finish ${req.url}`));
    });
    server.listen(0, '127.0.0.1', () => {
      const client = net.connect(server.address().port, '127.0.0.1', () => {
        client.write(payload);
      });
      let got = '';
      const expected = (payload.match(/ HTTP\/1\.1\r\n/g) || []).length;
      client.setEncoding('latin1');
      client.on('data', (d) => {
        got += d;
        if ((got.match(/done \/\w/g) || []).length === expected) client.end();
      });
      client.on('close', () => {
        const bodies = got.match(/done \/\w/g) || [];
        console.log(`--- ${name}`);
        for (const line of log) console.log(line);
        console.log('responses', bodies.join(', '));
        server.close(resolve);
      });
    });
  });
}

(async () => {
  for (const c of cases) await run(c);
})();
