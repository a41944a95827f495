// TLS session resumption: a client gets the server's sessions ('session'),
// resumes one with the session option (both sides see isSessionReused()),
// ignores a session it cannot use, and refuses one that is not a buffer;
// https.Agent keeps each place's latest session for its next connection
// (none with maxCachedSessions 0). Servers with the same ticket keys (the
// ticketKeys option, setTicketKeys) resume each other's sessions, as
// cluster workers can. A TLSSocket never connected does not keep the
// process alive.
const tls = require('tls');
const https = require('https');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(dir, name));
const ca = read('ca-cert.pem');
const options = { key: read('server-key.pem'), cert: read('server-cert.pem') };

new tls.TLSSocket();
for (const bad of [123, {}]) {
  try {
    tls.connect({ port: 1, session: bad });
  } catch (e) {
    console.log('session', JSON.stringify(bad), e.name, e.code, e.message);
  }
}

const server = tls.createServer(options, (s) => {
  console.log('server: reused', s.isSessionReused());
  s.end('hi');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  // (Whether a client that offered a session gets a new one differs:
  // OpenSSL's does not, Go's does.)
  const connect = (session, then) => {
    const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca, session }, () => {
      console.log('client: reused', c.isSessionReused(), 'authorized', c.authorized);
    });
    let last;
    c.on('session', (s) => { last = s; });
    c.on('data', () => {});
    c.on('close', () => {
      if (session === undefined) console.log('client: got a session', Buffer.isBuffer(last));
      console.log('client: getSession after close', c.getSession());
      then(last);
    });
  };
  connect(undefined, (session) => connect(session, () => connect(Buffer.from('not a session'), () => {
    server.close(() => agents([{ keepAlive: false }, { keepAlive: false, maxCachedSessions: 0 }], sharedKeys));
  })));
});

function agents(list, then) {
  if (list.length === 0) {
    then();
    return;
  }
  const opts = list.shift();
  const srv = https.createServer(options, (req, res) => res.end(String(req.socket.isSessionReused())));
  srv.listen(0, '127.0.0.1', () => {
    const agent = new https.Agent(opts);
    let n = 0;
    const get = () => https.get({ port: srv.address().port, host: '127.0.0.1', servername: 'localhost', ca, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log(JSON.stringify(opts), 'request', n, 'server reused', body, 'client reused', res.socket.isSessionReused());
        if (++n < 3) setImmediate(get);
        else srv.close(() => agents(list, then));
      });
    });
    get();
  });
}

// (TLS 1.2 here: node 20 resumes no TLS 1.3 session on a server whose
// ticket keys were set, nodejs/node#60847; gonode does.)
function sharedKeys() {
  const opts = { ...options, maxVersion: 'TLSv1.2' };
  const a = tls.createServer({ ...opts, ticketKeys: Buffer.alloc(48, 1) }, (s) => s.end());
  const b = tls.createServer(opts, (s) => s.end());
  const keys = b.getTicketKeys();
  console.log('keys', keys.length, keys.equals(Buffer.alloc(48)), b.getTicketKeys().equals(keys));
  for (const bad of [Buffer.alloc(10), 'x'.repeat(48)]) {
    try {
      b.setTicketKeys(bad);
    } catch (e) {
      console.log('setTicketKeys', e.name, e.code, e.message.split('\n')[0]);
    }
  }
  a.listen(0, '127.0.0.1', () => b.listen(0, '127.0.0.1', () => {
    const to = (server, session, then) => {
      let got;
      let reused;
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca, session }, () => {
        reused = c.isSessionReused();
      });
      c.on('session', (s) => { got = s; });
      c.on('data', () => {});
      c.on('close', () => {
        if (session === undefined) console.log('closed: reused', c.isSessionReused());
        then(reused, got);
      });
    };
    to(a, undefined, (_, session) => to(a, session, (same) => to(b, session, (other) => {
      console.log('same server: reused', same, 'other keys: reused', other);
      b.setTicketKeys(Buffer.alloc(48, 1));
      console.log('set', b.getTicketKeys().equals(a.ticketKeys));
      to(b, session, (reused) => {
        console.log('same keys: reused', reused);
        a.close();
        b.close();
      });
    })));
  }));
}
