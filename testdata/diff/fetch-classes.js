'use strict';
// Headers, Request and Response as undici makes them: validation and its
// messages, iteration order, bodies read once, clones; fetch's errors
// (refused, invalid URL, unknown scheme, bad port, aborted) and data: URLs.
const t = (label, f) => { try { console.log(label, f()) } catch (e) { console.log(label, e.name, e.code, e.message, e.cause && e.cause.message) } };
t('bad name', () => new Headers().append('x y', '1'));
t('bad value', () => new Headers().append('x', 'a\nb'));
t('pair', () => new Headers([['a']]));
t('number', () => new Headers(5));
t('trim', () => new Headers({ a: ' 1 ' }).get('A'));
t('iterate', () => JSON.stringify([...new Headers([['B', '2'], ['a', '1'], ['set-cookie', 'x'], ['Set-Cookie', 'y'], ['b', '3']])]));
t('keys', () => [...new Headers({ Z: '1', y: '2' }).keys()].join());
t('getSetCookie', () => new Headers([['set-cookie', 'a'], ['set-cookie', 'b']]).getSetCookie().join('|'));
t('cookie join', () => new Headers([['cookie', 'a=1'], ['cookie', 'b=2']]).get('cookie'));
t('has/delete', () => { const h = new Headers({ A: '1' }); const r = [h.has('a')]; h.delete('A'); r.push(h.has('a'), h.get('a')); return r.join(); });
t('forEach', () => { const out = []; new Headers({ b: '2', a: '1' }).forEach((v, k) => out.push(k + '=' + v)); return out.join('&'); });
t('toString', () => Object.prototype.toString.call(new Headers()) + Object.prototype.toString.call(new Headers().entries()));
t('from headers', () => new Headers(new Headers({ q: 'v' })).get('q'));
t('rel url', () => new Request('/rel'));
t('get body', () => new Request('http://x/', { method: 'GET', body: 'a' }));
t('bad method', () => new Request('http://x/', { method: 'bad method' }));
t('connect', () => new Request('http://x/', { method: 'CONNECT' }));
t('normalize', () => new Request('http://x/', { method: 'post' }).method + new Request('http://x/', { method: 'Delete' }).method);
t('credentials', () => new Request('http://u:p@x/'));
t('request props', () => { const r = new Request('http://x/a?b#c', { method: 'POST', body: 'hi', headers: { A: '1' } }); return [r.url, r.method, r.headers.get('content-type'), r.redirect, r.signal instanceof AbortSignal, r.bodyUsed].join(); });
t('status 99', () => new Response('x', { status: 99 }));
t('status 204', () => new Response('x', { status: 204 }));
t('null 204', () => new Response(null, { status: 204 }).status);
t('redirect rel', () => Response.redirect('/x'));
t('redirect bad status', () => Response.redirect('http://a/', 200));
t('error', () => [Response.error().type, Response.error().status, Response.error().ok].join());
t('redirect', () => { const r = Response.redirect('http://a/b', 301); return [r.status, r.headers.get('location'), r.type, r.url].join(); });
t('immutable', () => Response.error().headers.set('a', 'b'));
t('defaults', () => { const r = new Response(); return [r.status, r.statusText, r.ok, r.type, r.url, r.redirected, r.body, r.bodyUsed].join(); });
(async () => {
  const r = new Response('hi');
  console.log('text', await r.text(), r.bodyUsed);
  try { await r.text(); } catch (e) { console.log('again', e.name, e.message); }
  try { r.clone(); } catch (e) { console.log('clone used', e.name, e.message); }
  const j = Response.json({ a: [1] }, { status: 201, headers: { x: 'y' } });
  console.log('json', j.status, j.headers.get('content-type'), j.headers.get('x'), JSON.stringify(await j.json()));
  const u = new Response(new URLSearchParams({ q: 'a b' }));
  console.log('params', u.headers.get('content-type'), await u.text());
  const b = new Response(new Uint8Array([104, 105]));
  console.log('bytes', b.headers.get('content-type'), Buffer.from(await b.arrayBuffer()).toString());
  const c = new Response('cloned');
  const c2 = c.clone();
  console.log('clone', await c.text(), await c2.text());
  const http = require('http');
  const srv = http.createServer((req, res) => res.end('x'));
  srv.listen(0, async () => {
    const { port } = srv.address();
    srv.close(async () => {
      try { await fetch(`http://127.0.0.1:${port}/`); } catch (e) { console.log('refused', e.name, e.message, e.cause.code, e.cause.message.replace(/:\d+$/, ':PORT'), Object.keys(e.cause).join(), e.cause.syscall, e.cause.port === port); }
      try { await fetch('nope'); } catch (e) { console.log('invalid', e.name, e.message, e.cause && e.cause.code); }
      try { await fetch('ftp://x/'); } catch (e) { console.log('ftp', e.name, e.message, e.cause && e.cause.message); }
      try { await fetch('http://127.0.0.1:1/'); } catch (e) { console.log('bad port', e.name, e.message, e.cause && e.cause.message); }
      const ac = new AbortController(); ac.abort();
      try { await fetch('http://127.0.0.1:9/', { signal: ac.signal }); } catch (e) { console.log('aborted', e.name, e.message, e.code); }
      const ac2 = new AbortController(); ac2.abort(new Error('why'));
      try { await fetch('http://127.0.0.1:9/', { signal: ac2.signal }); } catch (e) { console.log('aborted reason', e.name, e.message); }
      const d = await fetch('data:text/plain;base64,aGVsbG8=');
      console.log('data', d.status, d.statusText, d.headers.get('content-type'), d.url, await d.text());
      const d2 = await fetch('data:,a%20b');
      console.log('data2', d2.headers.get('content-type'), await d2.text());
    });
  });
})();
