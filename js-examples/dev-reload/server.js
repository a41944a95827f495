// The server nodemon runs and restarts: it answers with the version in
// version.js, and on nodemon's restart signal (SIGUSR2) closes its server
// and then lets the signal end it, as nodemon's documentation shows.
const http = require('http');
const version = require('./version.js');

const server = http.createServer((req, res) => res.end(`${version}\n`));
server.listen(0, '127.0.0.1', () => {
  const ipc = typeof process.send === 'function';
  console.log(`listening ${server.address().port} ${version} ${process.pid} ${ipc} ${process.execPath}`);
});
process.once('SIGUSR2', () => {
  console.log('closing on SIGUSR2');
  server.close(() => process.kill(process.pid, 'SIGUSR2'));
});
