// The client the Go tests run against Go's HTTP server, under gonode and
// under node alike: it prints what it sees, to be compared.
'use strict';
const http = require('http');

const base = process.argv[2];
const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });

function request(path, options = {}, body) {
  return new Promise((resolve) => {
    const req = http.request(base + path, { agent, ...options }, (res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => {
        const headers = { ...res.headers };
        delete headers.date;
        resolve(`${path} ${res.statusCode} ${JSON.stringify(res.statusMessage)} reused=${req.reusedSocket} ` +
          `${JSON.stringify(headers)} ${JSON.stringify(res.trailers)} ` +
          `${Buffer.concat(chunks).length} ${JSON.stringify(Buffer.concat(chunks).toString().slice(0, 60))}`);
      });
    });
    req.on('error', (e) => resolve(`${path} error ${e.code} ${e.message}`));
    req.on('continue', () => req.end(body));
    if (!options.headers || !options.headers.Expect) req.end(body);
  });
}

(async () => {
  console.log(await request('/plain'));
  console.log(await request('/plain'));
  console.log(await request('/chunked'));
  console.log(await request('/trailers'));
  console.log(await request('/status'));
  console.log(await request('/echo', { method: 'POST', headers: { 'Content-Type': 'text/plain' } }, 'posted body'));
  console.log(await request('/echo', { method: 'PUT', headers: { Expect: '100-continue', 'Content-Length': 9 } }, 'continued'));
  console.log(await request('/plain', { method: 'HEAD' }));
  console.log(await request('/big'));
  console.log((await Promise.all(['/slow?1', '/slow?2', '/slow?3'].map((p) => request(p)))).join('\n'));
  console.log(await request('/hangup'));
  agent.destroy();
})();
