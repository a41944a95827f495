'use strict';
// fetch against a local server: the request line and headers undici sends,
// bodies, redirects (methods, bodies and headers across them, limits and
// modes), gzip and deflate, HEAD, error statuses, aborts.
const http = require('http');
const zlib = require('zlib');

let aborter = null;
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    const url = new URL(req.url, 'http://x');
    const hop = Number(url.searchParams.get('hop') || 0);
    switch (url.pathname) {
      case '/echo':
        res.setHeader('x-multi', ['1', '2']);
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.rawHeaders, body }));
        return;
      case '/redirect': {
        const status = Number(url.searchParams.get('status'));
        res.writeHead(status, { location: url.searchParams.get('to') || '/echo' });
        res.end('moved');
        return;
      }
      case '/loop':
        res.writeHead(302, { location: `/loop?hop=${hop + 1}` });
        res.end();
        return;
      case '/gzip':
        res.writeHead(200, { 'content-encoding': 'gzip' });
        res.end(zlib.gzipSync('gzipped text'));
        return;
      case '/deflate':
        res.writeHead(200, { 'content-encoding': 'deflate' });
        res.end(zlib.deflateSync('deflated text'));
        return;
      case '/missing':
        res.writeHead(404, 'Nothing Here', { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      case '/hang':
        res.writeHead(200);
        res.write('partial');
        return;
      case '/wait':
        aborter.abort();
        return;
      default:
        res.end(req.method === 'HEAD' ? undefined : 'default');
    }
  });
});

const clean = (s) => String(s).replace(/127\.0\.0\.1:\d+/g, 'HOST');

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const echo = async (label, path, init) => {
    try {
      const r = await fetch(base + path, init);
      const headers = [...r.headers].filter(([k]) => k !== 'date').map(([k, v]) => `${k}: ${v}`).join(' | ');
      console.log(label, r.status, JSON.stringify(r.statusText), r.ok, r.type, r.redirected, clean(r.url));
      console.log('  headers', headers);
      console.log('  body', clean(await r.text()));
    } catch (e) {
      console.log(label, e.name, e.message, e.cause ? `${e.cause.name}: ${e.cause.message}` : '');
    }
  };
  await echo('get', '/echo');
  await echo('post string', '/echo', { method: 'POST', body: 'hello' });
  await echo('put params', '/echo', { method: 'PUT', body: new URLSearchParams({ a: '1 2', b: 'é' }) });
  await echo('post bytes', '/echo', { method: 'POST', body: new Uint8Array([104, 105]) });
  await echo('post arraybuffer', '/echo', { method: 'POST', body: new Uint8Array([106, 107]).buffer });
  await echo('post empty', '/echo', { method: 'POST', body: '' });
  await echo('custom headers', '/echo', {
    method: 'DELETE',
    headers: [['X-Custom', 'v'], ['User-Agent', 'me'], ['accept', 'text/plain'], ['x-custom', 'w']],
  });
  await echo('headers object', '/echo', { headers: new Headers({ 'Content-Type': 'text/x' }), method: 'POST', body: 'b' });
  await echo('request object', new Request(base + '/echo', { method: 'PATCH', body: 'req' }).url.slice(base.length), { method: 'PATCH', body: 'req' });
  for (const status of [301, 302, 303, 307, 308]) {
    await echo(`redirect ${status} post`, `/redirect?status=${status}`, {
      method: 'POST', body: 'payload', headers: { 'content-type': 'text/x', authorization: 'secret' },
    });
  }
  await echo('redirect 303 head', '/redirect?status=303', { method: 'HEAD' });
  await echo('redirect absolute', `/redirect?status=302&to=${encodeURIComponent(`${base}/echo?abs=1`)}`);
  await echo('redirect error', '/redirect?status=302', { redirect: 'error' });
  await echo('redirect manual', '/redirect?status=302', { redirect: 'manual' });
  await echo('redirect loop', '/loop');
  await echo('gzip', '/gzip');
  await echo('deflate', '/deflate');
  await echo('head', '/', { method: 'HEAD' });
  await echo('404', '/missing');
  const r = await fetch(base + '/echo');
  try {
    r.headers.set('x', 'y');
  } catch (e) {
    console.log('immutable', e.name, e.message);
  }
  await r.arrayBuffer();

  aborter = new AbortController();
  try {
    await fetch(base + '/wait', { signal: aborter.signal });
  } catch (e) {
    console.log('aborted waiting', e.name, e.message);
  }
  aborter = new AbortController();
  const partial = await fetch(base + '/hang', { signal: aborter.signal });
  aborter.abort();
  try {
    await partial.text();
  } catch (e) {
    console.log('aborted reading', e.name, e.message);
  }
  server.close();
  server.closeAllConnections();
});
