'use strict';
// Bodies as web streams: a response read chunk by chunk as the server
// sends it, with for await, cancelled (the server sees its connection
// close), cloned and both copies read; bodies made from ReadableStreams
// and Blobs; bodyUsed along the way.
const http = require('http');

let writeNext = null;
let closed = null;
const server = http.createServer((req, res) => {
  if (req.url === '/upload') {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => res.end(`got ${body} (${req.headers['content-length']}, ${req.headers['content-type']})`));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/plain' });
  let n = 0;
  writeNext = () => {
    n++;
    if (n <= 3) res.write(`chunk${n};`);
    else res.end();
  };
  res.on('close', () => { if (closed) closed(); });
  writeNext();
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;

  const r1 = await fetch(`${base}/steps`);
  console.log('bodyUsed before', r1.bodyUsed, r1.body instanceof ReadableStream, r1.body.locked);
  const reader = r1.body.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    console.log('read', value instanceof Uint8Array, Buffer.from(value).toString());
    writeNext();
  }
  console.log('bodyUsed after', r1.bodyUsed);
  try {
    await r1.text();
  } catch (e) {
    console.log('text after', e.name, e.message);
  }

  const r2 = await fetch(`${base}/steps`);
  const parts = [];
  for await (const chunk of r2.body) {
    parts.push(Buffer.from(chunk).toString());
    writeNext();
  }
  console.log('for await', parts.join(''));

  const r3 = await fetch(`${base}/steps`);
  const serverSawClose = new Promise((resolve) => { closed = resolve; });
  const r3reader = r3.body.getReader();
  console.log('first', Buffer.from((await r3reader.read()).value).toString());
  await r3reader.cancel('enough');
  await serverSawClose;
  closed = null;
  console.log('cancelled: the server saw the connection close', r3.bodyUsed);

  const r4 = await fetch(`${base}/steps`);
  const copy = r4.clone();
  const feed = setInterval(() => writeNext(), 1);
  const [a, b] = await Promise.all([r4.text(), copy.text()]);
  clearInterval(feed);
  console.log('clone', a, b);

  const streamed = new Response(new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('from '));
      controller.enqueue(new TextEncoder().encode('a stream'));
      controller.close();
    },
  }));
  console.log('stream response', await streamed.text());
  const bad = new Response(new ReadableStream({ start(c) { c.enqueue('not bytes'); c.close(); } }));
  try {
    await bad.text();
  } catch (e) {
    console.log('non-bytes', e.name);
  }
  const blob = new Blob(['blob ', 'body'], { type: 'text/x' });
  const fromBlob = new Response(blob);
  console.log('blob response', fromBlob.headers.get('content-type'), await fromBlob.text());
  const chunks = [];
  for await (const c of new Blob(['ab', 'cd']).stream()) chunks.push(Buffer.from(c).toString());
  console.log('blob stream', chunks.join('|'));

  const up = await fetch(`${base}/upload`, {
    method: 'POST',
    duplex: 'half',
    body: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('streamed upload')); c.close(); } }),
  });
  console.log('upload', await up.text());
  const up2 = await fetch(`${base}/upload`, { method: 'PUT', body: new Blob(['blob upload'], { type: 'text/blob' }) });
  console.log('blob upload', await up2.text());
  server.close();
});
