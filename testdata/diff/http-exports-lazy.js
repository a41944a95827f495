// http's client side loads on first use; its exports still look as node's.
const http = require('http');
console.log(Object.keys(http).join());
console.log(typeof http.Agent, typeof http.ClientRequest, http.globalAgent instanceof http.Agent);
const { Agent } = http;
http.Agent = 5;
console.log(http.Agent, Object.getOwnPropertyDescriptor(http, 'Agent').writable);
http.Agent = Agent;
console.log(new http.Agent({ keepAlive: true }).keepAlive);
const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('body', d));
    res.on('end', () => server.close());
  });
});
