'use strict';
// The bytes of a response head with characters above U+007F: node writes
// the head in the first body chunk's encoding when it goes out with that
// chunk, and in latin1 otherwise (a chunked body's first chunk size goes
// first, in latin1). With a known length, a Content-Disposition value is
// taken as UTF-8 bytes (RFC 6266 §4.3).
const http = require('http');
const net = require('net');

const v = Buffer.from('bår').toString('latin1');
const cases = {
  headObjectEnd: (res) => { res.writeHead(200, { x: v }); res.end('héllo'); },
  setHeaderWrite: (res) => { res.setHeader('x', v); res.write('héllo'); res.end(); },
  setHeaderEnd: (res) => { res.setHeader('x', v); res.end('hello'); },
  writeHeadEnd: (res) => { res.setHeader('x', v); res.writeHead(200); res.end('hello'); },
  bufferEnd: (res) => { res.writeHead(200, { x: v }); res.end(Buffer.from('hello')); },
  statusMessage: (res) => { res.statusMessage = v; res.end('hello'); },
  lengthKnown: (res) => { res.writeHead(200, { x: v, 'content-length': 5 }); res.end('hello'); },
  flushed: (res) => { res.setHeader('x', v); res.flushHeaders(); res.end('hello'); },
  latin1Write: (res) => { res.setHeader('x', v); res.write('héllo', 'latin1'); res.end(); },
  hexWrite: (res) => { res.setHeader('x', v); res.write('68c3a9', 'hex'); res.end(); },
  dispositionArray: (res) => {
    res.writeHead(200, ['Content-Length', '5', 'content-disposition', v]);
    res.end('hello');
  },
  dispositionBeforeLength: (res) => {
    res.writeHead(200, ['content-disposition', v, 'Content-Length', '5']);
    res.end('hello');
  },
  dispositionChunked: (res) => { res.writeHead(200, { 'content-disposition': v }); res.write('héllo'); res.end(); },
  dispositionSetHeader: (res) => { res.setHeader('Content-Disposition', v); res.end('hello'); },
  dispositionList: (res) => { res.setHeader('content-disposition', [v, 'b']); res.end('hello'); },
  dispositionEmptyEnd: (res) => { res.setHeader('content-disposition', v); res.end(); },
};

const server = http.createServer((req, res) => cases[req.url.slice(1)](res));
server.listen(0, '127.0.0.1', async () => {
  for (const name of Object.keys(cases)) {
    const bytes = await new Promise((resolve) => {
      const c = net.connect(server.address().port, '127.0.0.1', () => {
        c.end(`GET /${name} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      });
      const chunks = [];
      c.on('data', (d) => chunks.push(d));
      c.on('close', () => resolve(Buffer.concat(chunks)));
    });
    const text = bytes.toString('latin1').replace(/\r\nDate: [^\r]*/, '');
    console.log(name, JSON.stringify(text));
  }
  server.close();
});
