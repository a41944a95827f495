// NODE_DEBUG=http: http's debug log on stderr (node's lines, with the
// process id), and the warning that it can expose sensitive data, once,
// when the log first writes. The child serves one request to its client.
const http = require('http');

if (process.argv[2] === 'child') {
  const server = http.createServer((req, res) => res.end('x'));
  server.listen(0, '127.0.0.1', () => {
    http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
      // The kept-alive socket is unref'd: the interval holds the process
      // until the socket's close is logged, however late the EOF comes.
      const hold = setInterval(() => {}, 1000);
      res.socket.on('close', () => clearInterval(hold));
      res.resume();
      res.on('end', () => server.close());
    });
  });
} else {
  const { spawnSync } = require('child_process');
  const { stderr, status } = spawnSync(process.execPath, [__filename, 'child'], {
    env: { ...process.env, NODE_DEBUG: 'http' },
    encoding: 'utf8',
  });
  console.log('status', status);
  const lines = stderr.split('\n')
    .map((l) => l.replace(/^HTTP \d+: /, 'HTTP: ').replace(/^\(\w+:\d+\) /, '').replace(/127\.0\.0\.1:\d+/g, 'ADDR')
      .replace(/port: \d+/, 'port: PORT'))
    .filter((l) => !l.startsWith('(Use ') && !l.includes('socketOnParserExecute'));
  console.log(lines.join('\n'));
}
