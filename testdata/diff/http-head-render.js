// The head a server renders, byte for byte (Date masked): writeHead forms,
// header values of several types, the headers that decide framing and
// keep-alive, removed defaults, bodiless statuses, HEAD, HTTP/1.0, invalid
// input (the error and what goes out afterwards), keep-alive options.
const http = require('http');
const net = require('net');

const cases = {
  '/plain': (req, res) => res.end('hi'),
  '/status': (req, res) => { res.statusCode = 404; res.end(); },
  '/msg': (req, res) => { res.statusMessage = 'Custom Thing'; res.end('x'); },
  '/obj': (req, res) => { res.writeHead(201, { 'X-Num': 7, 'X-Float': 1.5, 'Content-Type': 'text/plain' }); res.end('y'); },
  '/reason-obj': (req, res) => { res.writeHead(200, 'Fine', { 'content-length': 3 }); res.end('abc'); },
  '/null-reason': (req, res) => { res.writeHead(200, null, { 'X-N': 'n' }); res.end('n'); },
  '/close': (req, res) => { res.writeHead(200, { Connection: 'close' }); res.end('z'); },
  '/conn-upgrade': (req, res) => { res.writeHead(200, { Connection: 'Upgrade, Keep-Alive' }); res.end('u'); },
  '/te': (req, res) => { res.writeHead(200, { 'Transfer-Encoding': 'chunked' }); res.write('a'); res.end('b'); },
  '/te-gzip': (req, res) => { res.writeHead(200, { 'Transfer-Encoding': 'gzip' }); res.end('g'); },
  '/chunked': (req, res) => { res.write('a'); res.end('b'); },
  '/204': (req, res) => { res.writeHead(204); res.end(); },
  '/304': (req, res) => { res.statusCode = 304; res.end(); },
  '/101-like': (req, res) => { res.writeHead(199); res.end(); },
  '/nodate': (req, res) => { res.sendDate = false; res.end('n'); },
  '/remove': (req, res) => { res.removeHeader('Date'); res.removeHeader('Connection'); res.end('r'); },
  '/remove-cl': (req, res) => { res.removeHeader('Content-Length'); res.end('rc'); },
  '/remove-te': (req, res) => { res.removeHeader('Content-Length'); res.removeHeader('Transfer-Encoding'); res.write('w'); res.end('t'); },
  '/keepalive-hdr': (req, res) => { res.setHeader('Keep-Alive', 'timeout=9'); res.end('k'); },
  '/date-given': (req, res) => { res.setHeader('date', 'yesterday'); res.end('d'); },
  '/latin1': (req, res) => { res.writeHead(200, { 'X-L': 'caf\u00e9' }); res.end(); },
  '/bad-value': (req, res) => {
    try { res.writeHead(200, { 'X-Bad': 'a\nb' }); } catch (e) { console.log('bad-value', e.code, res.headersSent); }
    res.end('after');
  },
  '/bad-name': (req, res) => {
    try { res.writeHead(200, { 'Bad Name': 'v' }); } catch (e) { console.log('bad-name', e.code, res.headersSent); }
    res.end();
  },
  '/undefined-value': (req, res) => {
    try { res.writeHead(200, { 'X-U': undefined }); } catch (e) { console.log('undefined-value', e.code, res.headersSent); }
    res.end();
  },
  '/bad-status': (req, res) => {
    try { res.writeHead(99); } catch (e) { console.log('bad-status', e.code); }
    try { res.writeHead(200, 'bad\nmsg'); } catch (e) { console.log('bad-message', e.code, JSON.stringify(res.statusMessage)); }
    res.statusMessage = 'Fixed';
    res.end('s');
  },
  '/float-status': (req, res) => { res.writeHead(201.9, { 'X-F': 'f' }); console.log('float-status', res.statusCode); res.end(); },
  '/array': (req, res) => { res.writeHead(200, ['X-A', '1', 'X-B', '2']); res.end(); },
  '/merge': (req, res) => { res.setHeader('X-Set', 's'); res.writeHead(200, { 'X-Given': 'g', 'x-set': 'over' }); res.end(); },
  '/set-number': (req, res) => { res.setHeader('Content-Length', 2); res.end('ab'); },
  '/cookies': (req, res) => { res.setHeader('Set-Cookie', ['a=1', 'b=2']); res.end(); },
  '/head': (req, res) => res.end('ignored'),
  '/status-message-number': (req, res) => { res.statusMessage = 5; res.end(); },
};

function serve(options) {
  return http.createServer(options, (req, res) => {
    const socket = req.socket;
    res.on('finish', () => socket.end());
    cases[req.url](req, res);
    console.log(req.url, 'statusCode', res.statusCode, 'message', JSON.stringify(res.statusMessage),
      'headersSent', res.headersSent);
  });
}

function fetchRaw(port, request) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write(request));
    let data = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { data += d; });
    c.on('end', () => resolve(data.replace(/Date: [^\r]*\r\n/, 'Date: <masked>\r\n')));
  });
}

async function run(server, paths, version) {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  for (const path of paths) {
    const method = path === '/head' ? 'HEAD' : 'GET';
    const raw = await fetchRaw(port, `${method} ${path} HTTP/${version}\r\nHost: x\r\n\r\n`);
    console.log(JSON.stringify(raw));
  }
  await new Promise((resolve) => server.close(resolve));
}

(async () => {
  await run(serve({}), Object.keys(cases), '1.1');
  await run(serve({}), ['/plain', '/chunked', '/keepalive-hdr'], '1.0');
  const limited = serve({ keepAliveTimeout: 7500 });
  limited.maxRequestsPerSocket = 3;
  await run(limited, ['/plain', '/obj'], '1.1');
  const noKeepAlive = serve({ keepAliveTimeout: 0 });
  await run(noKeepAlive, ['/plain'], '1.1');
})();
