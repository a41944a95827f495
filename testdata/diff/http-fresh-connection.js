// A server connection that has sent nothing yet counts as receiving, as
// node's parser marks it active from the start: server.close(), which
// closes idle connections, leaves it and its request is served; and one
// that stays silent gets 408 once headersTimeout runs out.
const http = require('http');
const net = require('net');

function late() {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => res.end(`served ${req.url}`));
    server.listen(0, '127.0.0.1', () => {
      server.once('connection', () => {
        server.close(() => console.log('server closed'));
        setTimeout(() => client.write('GET /late HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'), 50);
      });
      const client = net.connect(server.address().port, '127.0.0.1');
      let got = '';
      client.on('data', (d) => { got += d; });
      client.on('error', (e) => console.log('late error', e.code));
      client.on('close', () => {
        console.log('late:', got.split('\r\n')[0] || '(nothing)', got.endsWith('served /late'));
        resolve();
      });
    });
  });
}

function silent() {
  const server = http.createServer({ headersTimeout: 300, requestTimeout: 0, connectionsCheckingInterval: 50 },
    (req, res) => res.end('x'));
  server.listen(0, '127.0.0.1', () => {
    const start = Date.now();
    const client = net.connect(server.address().port, '127.0.0.1');
    let got = '';
    client.on('data', (d) => { got += d; });
    client.on('close', () => {
      console.log('silent:', got.split('\r\n')[0] || '(nothing)', 'after the timeout', Date.now() - start >= 250);
      server.close();
    });
    setTimeout(() => { console.log('silent: still open after 5 s'); client.destroy(); }, 5000).unref();
  });
}

late().then(silent);
