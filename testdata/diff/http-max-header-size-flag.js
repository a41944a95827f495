'use strict';
// --max-http-header-size (on the command line or in NODE_OPTIONS) sets
// http.maxHeaderSize and the limit servers apply: a longer head gets 431.
const { execFileSync } = require('child_process');

const child = `
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  let got = '';
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.end('GET / HTTP/1.1\\r\\nHost: x\\r\\nX-Big: ' + 'a'.repeat(200) + '\\r\\n\\r\\n');
  });
  c.on('data', (d) => { got += d; });
  c.on('close', () => {
    console.log(http.maxHeaderSize, got.split('\\r\\n')[0]);
    server.close();
  });
});
`;
const env = { ...process.env };
delete env.NODE_OPTIONS;
const run = (args, extra = {}) =>
  execFileSync(process.execPath, [...args, '-e', child], { env: { ...env, ...extra } }).toString().trim();
console.log('default:', run([]));
console.log('flag:', run(['--max-http-header-size=128']));
console.log('two-part flag:', run(['--max-http-header-size', '100']));
console.log('NODE_OPTIONS:', run([], { NODE_OPTIONS: '--max-http-header-size=150' }));
console.log('flag over NODE_OPTIONS:', run(['--max-http-header-size=20000'], { NODE_OPTIONS: '--max-http-header-size=150' }));
