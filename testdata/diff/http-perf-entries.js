'use strict';
// A PerformanceObserver of 'http' entries gets one per request served
// (HttpRequest) and one per request made (HttpClient), with the request's
// and the response's method, url, status and headers as their detail;
// none once it disconnected.
const http = require('http');
const { PerformanceObserver } = require('perf_hooks');

const entries = [];
let gotAll;
const all = new Promise((resolve) => gotAll = resolve);
const obs = new PerformanceObserver((list) => {
  entries.push(...list.getEntries());
  if (entries.length >= 4) gotAll();
});
obs.observe({ type: 'http' });

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => body += c);
  req.on('end', () => {
    res.setHeader('x-body', body);
    res.end('ok');
  });
});

function request(port, method, path, data) {
  return new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method, path, headers: { 'x-test': path } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.end(data);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await request(port, 'GET', '/get');
  await request(port, 'POST', '/post', 'data');
  // (Observers get their entries on a later turn.)
  await all;
  obs.disconnect();
  await request(port, 'GET', '/unobserved');
  server.close();
  const lines = entries.map((e) => {
    const { req, res } = e.detail;
    const headers = (h) => Object.keys(h).filter((k) => k !== 'date').sort().join(',');
    return [e.name, e.entryType, typeof e.startTime, e.duration >= 0, req.method,
      req.url.replace(`:${port}`, ':PORT'), headers(req.headers), res.statusCode, res.statusMessage,
      headers(res.headers)].join(' ');
  });
  console.log(lines.sort().join('\n'));
});
