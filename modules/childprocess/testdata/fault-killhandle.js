'use strict';
// Handles in transfer when the child dies: for each kill point K, a child
// is sent sockets (connections accepted by the parent's server) and the
// server itself, alternately, and is killed with SIGKILL right after the
// K-th send, while that handle is not acknowledged yet. Afterwards the
// parent's descriptor count is back to what it was, and a new child still
// gets a socket and answers on it.
const { fork } = require('child_process');
const net = require('net');
const fs = require('fs');

if (process.argv[2] === 'child') {
  process.on('message', (m, h) => {
    if (h instanceof net.Socket) h.end(`child ${m}`);
    else if (h instanceof net.Server) h.close();
  });
  process.send('ready');
  return;
}

const execPath = process.argv[2];
const killPoints = process.argv[3].split(',').map(Number);
const fds = () => fs.readdirSync('/proc/self/fd').length;
const server = net.createServer();
const out = { rounds: [], answer: null };
let onConnection = null;
server.on('connection', (s) => onConnection(s));

function round(killAt, done) {
  const child = fork(__filename, ['child'], { execPath });
  const clients = [];
  let sent = 0;
  const events = [];
  const sendNext = () => {
    sent++;
    if (sent % 2 === 0) {
      child.send(`server ${sent}`, server);
      afterSend();
    } else {
      const c = net.connect(server.address().port, '127.0.0.1');
      c.on('error', () => {});
      c.resume();
      c.gone = new Promise((resolve) => c.on('close', resolve));
      clients.push(c);
      onConnection = (s) => { child.send(`socket ${sent}`, s); afterSend(); };
    }
  };
  const afterSend = () => {
    if (sent === killAt) child.kill('SIGKILL');
    else setImmediate(sendNext);
  };
  child.on('message', (m) => { if (m === 'ready') sendNext(); });
  child.on('error', (err) => events.push(`error ${err.code}`));
  child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
  child.on('close', () => {
    for (const c of clients) c.destroy();
    Promise.all(clients.map((c) => c.gone)).then(() => setImmediate(() => {
      out.rounds.push({ killAt, events, fds: fds() });
      done();
    }));
  });
}

server.listen(0, '127.0.0.1', () => {
  out.fdsBefore = fds();
  let i = 0;
  const next = () => {
    if (i < killPoints.length) {
      round(killPoints[i++], next);
      return;
    }
    out.fdsAfterKills = fds();
    // The parent keeps working: a new child answers on a passed socket.
    const child = fork(__filename, ['child'], { execPath });
    child.on('message', (m) => {
      if (m !== 'ready') return;
      const c = net.connect(server.address().port, '127.0.0.1');
      let answer = '';
      c.setEncoding('utf8');
      c.on('data', (d) => { answer += d; });
      c.on('end', () => {
        out.answer = answer;
        child.disconnect();
      });
      onConnection = (s) => child.send('last', s);
    });
    // Not 'close': it never comes after the parent's disconnect() (node
    // bug #19433, reproduced).
    child.on('exit', () => setImmediate(() => {
      out.fdsAtEnd = fds();
      console.log(JSON.stringify(out));
      server.close();
    }));
  };
  next();
});
