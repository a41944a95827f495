'use strict';
// FormData: entries, Blobs made Files, argument errors; its multipart
// encoding as a Response and a fetch body (undici's boundary, escaping and
// line breaks), and Response.formData() of multipart and urlencoded bodies.
const http = require('http');
const t = (l, f) => { try { console.log(l, f()) } catch (e) { console.log(l, e.name, e.code, e.message) } };
const show = (form) => JSON.stringify([...form].map(([k, v]) => [k, typeof v === 'string' ? v : [v.constructor.name, v.name, v.size, v.type]]));
const fd = new FormData();
fd.append('a', '1'); fd.append('b', new Blob(['xy'], { type: 'text/x' })); fd.append('c', new Blob(['z']), 'name.txt'); fd.append('a', 2);
t('entries', () => show(fd));
t('get', () => [fd.get('a'), fd.getAll('a').join(), fd.has('b'), fd.get('zz')]);
fd.set('a', 'only'); fd.delete('c');
t('after', () => [...fd.keys()].join() + ' ' + [...fd.values()].length);
const each = []; fd.forEach((v, k) => each.push(k)); t('forEach', () => each.join());
t('bad append', () => fd.append('x'));
t('bad blob', () => fd.append('x', 'y', 'z'));
t('ctor', () => new FormData(5));
t('tag', () => Object.prototype.toString.call(fd) + typeof fd.forEach);
t('file kept', () => { const f = new File(['q'], 'orig.txt', { lastModified: 9 }); const g = new FormData(); g.append('f', f); return [g.get('f') === f, g.get('f').name]; });
t('line breaks', () => { const g = new FormData(); g.append('k\n', 'a\rb\nc'); return JSON.stringify([...g]); });
(async () => {
  const r = new Response(fd);
  const ct = r.headers.get('content-type');
  console.log(ct.replace(/formdata-undici-0\d{11}/g, 'formdata-undici-B'));
  const body = await r.text();
  console.log(JSON.stringify(body.replace(/formdata-undici-0\d{11}/g, 'formdata-undici-B')));
  const u = new Response('a=1&b=x+y%20z', { headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' } });
  console.log([...(await u.formData())].join('|'));
  const m = new Response(body, { headers: { 'content-type': ct } });
  console.log(show(await m.formData()));
  try { await new Response('x', { headers: { 'content-type': 'text/plain' } }).formData(); } catch (e) { console.log(e.name, e.message); }
  const lines = new FormData(); lines.append('k\n"', 'a\rb\nc'); lines.append('up', new File(['data'], 'f"1.txt', { type: 'text/plain' }));
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => { raw += d; });
    req.on('end', () => {
      res.end(JSON.stringify([req.headers['content-type'].replace(/formdata-undici-0\d{11}/g, 'formdata-undici-B'), req.headers['content-length'], raw.replace(/formdata-undici-0\d{11}/g, 'formdata-undici-B')]));
    });
  });
  server.listen(0, '127.0.0.1', async () => {
    const res = await fetch(`http://127.0.0.1:${server.address().port}/`, { method: 'POST', body: lines });
    console.log('posted', await res.text());
    server.close();
  });
})();
