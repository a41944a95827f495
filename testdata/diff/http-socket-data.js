// An http.Server's sockets and 'data': node's parser reads a server
// connection's handle itself, yet a 'data' or 'readable' listener added to
// the socket makes the bytes flow through 'data' again (to the server's own
// listener and the new one), bytes unshifted or emitted as 'data' reach the
// parser, and a 'connection' listener that removes the server's 'data'
// listener takes the raw bytes for itself (@socket.io/sticky's primary).
// A client's socket given a 'data' listener at 'socket' sees the response's
// bytes too (node's client parser is fed by 'data').
const http = require('http');
const net = require('net');

const send = (port, text) => new Promise((resolve) => {
  const c = net.connect(port, '127.0.0.1', () => c.end(text));
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('close', () => resolve(got.replace(/Date: .*\r\n/, '').split('\r\n').filter(Boolean).join(' | ')));
});
const get = (path) => `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`;

async function listen(server) {
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return server.address().port;
}

async function main() {
  // 1. A 'connection' listener takes the raw bytes (the server never parses them).
  {
    const server = http.createServer(() => console.log('1: request (wrong)'));
    server.on('connection', (socket) => {
      console.log('1: data listeners', socket.listenerCount('data'));
      socket.removeAllListeners('data');
      socket.on('data', (d) => {
        console.log('1: raw', JSON.stringify(d.toString().split('\r\n')[0]));
        socket.end('HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: close\r\n\r\nraw');
      });
    });
    const port = await listen(server);
    console.log('1:', await send(port, get('/one')));
    server.close();
  }
  // 2. A socket handed to another server with its first bytes unshifted.
  {
    const server = http.createServer((req, res) => res.end(`2: served ${req.url}`));
    const front = net.createServer((socket) => {
      socket.once('data', (d) => {
        socket.pause();
        server.emit('connection', socket);
        socket.unshift(d);
        socket.resume();
      });
    });
    const port = await listen(front);
    console.log('2:', await send(port, get('/two')));
    front.close();
  }
  // 3. Bytes given as a 'data' event (from elsewhere) reach the parser.
  {
    const server = http.createServer((req, res) => res.end(`3: served ${req.url} ${req.headers.host}`));
    const front = net.createServer((socket) => {
      socket.once('data', (d) => {
        socket.pause();
        server.emit('connection', socket);
        socket.emit('data', d);
        socket.resume();
      });
    });
    const port = await listen(front);
    console.log('3:', await send(port, get('/three')));
    front.close();
  }
  // 4. A 'data' listener added to a served socket sees the bytes, and the
  //    server goes on serving (keep-alive, two requests).
  {
    const seen = [];
    const server = http.createServer((req, res) => {
      if (req.url === '/a') req.socket.on('data', (d) => seen.push(d.toString().split('\r\n')[0]));
      res.end(`4: served ${req.url}`);
    });
    const port = await listen(server);
    const keep = (p) => `GET ${p} HTTP/1.1\r\nHost: x\r\n\r\n`;
    const out = await new Promise((resolve) => {
      const c = net.connect(port, '127.0.0.1');
      let got = '';
      c.on('data', (d) => {
        got += d;
        if ((got.match(/4: served/g) || []).length === 1 && !c.sentB) { c.sentB = true; c.write(keep('/b')); }
        if ((got.match(/4: served/g) || []).length === 2) c.end();
      });
      c.on('close', () => resolve(got.match(/4: served \/\w/g).join(', ')));
      c.write(keep('/a'));
    });
    console.log('4:', out, 'seen', JSON.stringify(seen));
    server.close();
  }
  // 5. A 'readable' listener, likewise.
  {
    const server = http.createServer((req, res) => res.end('5: served'));
    server.on('connection', (socket) => {
      socket.removeAllListeners('data');
      socket.on('readable', () => {
        let d;
        while ((d = socket.read()) !== null) {
          console.log('5: readable', JSON.stringify(d.toString().split('\r\n')[0]));
          socket.end('HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n');
        }
      });
    });
    const port = await listen(server);
    console.log('5:', await send(port, get('/five')));
    server.close();
  }
  // 6. A client's socket with a 'data' listener from the 'socket' event.
  {
    const server = http.createServer((req, res) => res.end(`6: body ${req.url}`));
    const port = await listen(server);
    await new Promise((resolve) => {
      let copy = '';
      const req = http.get({ port, host: '127.0.0.1', path: '/six', agent: false }, (res) => {
        let body = '';
        res.on('data', (d) => { body += d; });
        res.on('end', () => {
          console.log('6:', res.statusCode, body, 'copy ends with body', copy.endsWith('6: body /six'));
          resolve();
        });
      });
      req.on('socket', (s) => s.on('data', (d) => { copy += d; }));
    });
    server.close();
  }
}
main();
