// Sticky sessions as @socket.io/sticky does them: the primary's
// http.Server reads no request itself: a 'connection' listener removes its
// 'data' listener, reads the first bytes, picks the worker from the session
// named in them, and sends the socket to that worker with the bytes; the
// worker gives the socket to its own http.Server ('connection') and puts
// the bytes back (unshift). Every request of a session reaches the worker
// that answered the session's first one.
const cluster = require('cluster');
const http = require('http');

if (cluster.isPrimary) {
  const sessions = new Map(); // session -> worker id
  const server = http.createServer(() => console.log('primary parsed a request (wrong)'));
  let next = 0;
  server.on('connection', (socket) => {
    socket.removeAllListeners('data');
    socket.on('data', (chunk) => {
      const sid = /sid=(\w+)/.exec(chunk.toString());
      let id = sid && sessions.get(sid[1]);
      if (!id) {
        const ids = Object.keys(cluster.workers);
        id = ids[next++ % ids.length];
      }
      cluster.workers[id].send({ type: 'sticky:connection', data: chunk.toString('latin1') }, socket, (err) => {
        if (err) socket.destroy();
      });
    });
  });
  cluster.on('message', (worker, m) => {
    if (m.type === 'session') sessions.set(m.sid, worker.id);
  });
  // A worker's message naming a session and its answer to the session's
  // first request travel apart (IPC, TCP): the polls wait for the four
  // sessions to be known.
  const sessionsKnown = new Promise((resolve) => {
    cluster.on('message', () => {
      if (sessions.size === 4) resolve();
    });
  });
  server.listen(0, '127.0.0.1', async () => {
    const { port } = server.address();
    const workers = [cluster.fork(), cluster.fork()];
    await Promise.all(workers.map((w) => new Promise((r) => w.once('listening', r))));
    const get = (path) => new Promise((resolve, reject) => {
      http.get({ port, host: '127.0.0.1', path, agent: false }, (res) => {
        let b = '';
        res.on('data', (d) => { b += d; });
        res.on('end', () => resolve(JSON.parse(b)));
      }).on('error', reject);
    });
    const firsts = await Promise.all(['a', 'b', 'c', 'd'].map((s) => get(`/start?s=${s}`)));
    await sessionsKnown;
    let sticky = true;
    for (const first of firsts) {
      for (let i = 0; i < 3; i++) {
        const r = await get(`/poll?sid=${first.sid}&i=${i}`);
        sticky = sticky && r.worker === first.worker && r.sid === first.sid;
      }
    }
    console.log('workers used', new Set(firsts.map((f) => f.worker)).size);
    console.log('sticky', sticky);
    const body = await new Promise((resolve) => {
      const req = http.request({ port, host: '127.0.0.1', path: `/post?sid=${firsts[0].sid}`, method: 'POST', agent: false }, (res) => {
        let b = '';
        res.on('data', (d) => { b += d; });
        res.on('end', () => resolve(JSON.parse(b)));
      });
      req.end('x'.repeat(10));
    });
    console.log('post', body.worker === firsts[0].worker, body.length);
    for (const w of workers) w.disconnect();
    server.close();
  });
} else {
  let count = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let sid = url.searchParams.get('sid');
    if (!sid) {
      sid = `${url.searchParams.get('s')}${cluster.worker.id}n${count++}`;
      process.send({ type: 'session', sid });
    }
    let length = 0;
    req.on('data', (d) => { length += d.length; });
    req.on('end', () => {
      res.setHeader('Connection', 'close');
      res.end(JSON.stringify({ worker: cluster.worker.id, sid, length }));
    });
  });
  process.on('message', (m, socket) => {
    if (m.type !== 'sticky:connection' || !socket) return;
    server.emit('connection', socket);
    socket.unshift(Buffer.from(m.data, 'latin1'));
  });
  // Listening on nothing: a worker's server is only for the sockets it is given.
  server.listen(0, '127.0.0.1');
}
