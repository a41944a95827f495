// An http.Server subclass of the old style (http.Server.call(this, ...))
// and of a class: both serve; http.Server() without new makes one.
const http = require('http');
function OldStyle() {
  http.Server.call(this, (req, res) => res.end('old ' + req.url));
}
Object.setPrototypeOf(OldStyle.prototype, http.Server.prototype);
Object.setPrototypeOf(OldStyle, http.Server);
class NewStyle extends http.Server {
  constructor() { super((req, res) => res.end('class ' + req.url)); this.tag = 'N'; }
}
const get = (server, path) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', path }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => { server.close(); resolve(body); });
  });
}));
(async () => {
  const o = new OldStyle();
  console.log(o instanceof http.Server, o instanceof OldStyle, await get(o, '/x'));
  const n = new NewStyle();
  console.log(n instanceof http.Server, n.tag, await get(n, '/y'));
  const plain = http.Server((req, res) => res.end('plain'));
  console.log(plain instanceof http.Server, await get(plain, '/z'));
})();
