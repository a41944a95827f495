// events.captureRejections on http's messages: a rejected async listener of
// a ClientRequest or ServerResponse destroys the message with the error, and
// one of an IncomingMessage emits its 'error'.
const events = require('events');
const http = require('http');

events.captureRejections = true;

const server = http.createServer((req, res) => {
  res.socket.on('error', (err) => console.log('server socket error:', err.message));
  res.on('close', () => console.log('server res close, destroyed', res.destroyed));
  if (req.url === '/req') {
    req.on('error', (err) => console.log('server req error:', err.message));
    req.on('custom', async () => { throw new Error('req listener'); });
    req.emit('custom');
    return;
  }
  res.on('custom', async () => { throw new Error('res listener'); });
  res.emit('custom');
});

function get(path) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, host: '127.0.0.1', path });
    req.on('response', () => console.log('unexpected response'));
    req.on('error', (err) => {
      console.log('client error:', err.code);
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await get('/res');
  await get('/req');
  server.close();
  const req = http.request({ port: 1, host: '127.0.0.1' });
  req.on('error', (err) => console.log('request error:', err.message));
  req.on('custom', async () => { throw new Error('client listener'); });
  req.emit('custom');
});
