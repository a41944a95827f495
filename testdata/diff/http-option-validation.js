// Option checks of http.request, http.setMaxIdleHTTPParsers,
// validateHeaderName and http.Server, a second assignSocket, the server's
// default highWaterMark, and the client's uniqueHeaders option (one joined
// line for the names it lists).
const http = require('http');
const net = require('net');

const t = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok');
    if (r && r.destroy) {
      r.on('error', () => {});
      r.destroy();
    }
  } catch (e) {
    console.log(label, e.code, e.message);
  }
};
t('insecureHTTPParser', () => http.request({ host: '127.0.0.1', port: 1, insecureHTTPParser: 'x' }));
t('signal', () => http.request({ host: '127.0.0.1', port: 1, signal: {} }));
t('setMaxIdleHTTPParsers(0)', () => http.setMaxIdleHTTPParsers(0));
t('setMaxIdleHTTPParsers(x)', () => http.setMaxIdleHTTPParsers('x'));
t('setMaxIdleHTTPParsers(1.5)', () => http.setMaxIdleHTTPParsers(1.5));
t('setMaxIdleHTTPParsers(5)', () => http.setMaxIdleHTTPParsers(5));
t('validateHeaderName([a])', () => http.validateHeaderName(['a']));
t('validateHeaderName({})', () => http.validateHeaderName({}));
for (const options of ['foo', 42, true, []]) t(`new Server(${JSON.stringify(options)})`, () => new http.Server(options));
t('assignSocket twice', () => {
  const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
  const socket = new (require('stream').PassThrough)();
  res.assignSocket(socket);
  res.assignSocket(socket);
});
console.log('server.highWaterMark', http.createServer().highWaterMark, http.createServer({ highWaterMark: 1024 }).highWaterMark);

const server = net.createServer((s) => s.once('data', (d) => {
  console.log(JSON.stringify(String(d).split('\r\n').filter((l) => l.startsWith('x-'))));
  s.end('HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n');
}));
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port, uniqueHeaders: ['X-U'],
    headers: { 'x-u': ['1', '2'], 'x-v': ['3', '4'] } }, (res) => { res.resume(); server.close(); });
});
