// writeEarlyHints: the hints must be an object and its link a string or an
// array of strings in Link's form; valid hints reach the client as a 103.
const http = require('http');

const bad = [
  'bad argument type', [], null,
  { link: '</>; ' }, { link: 'rel=preload; </scripts.js>' }, { link: 'invalid string' },
  { link: ['</a.js>', 'b'] }, { link: 42 },
];

const server = http.createServer((req, res) => {
  for (const hints of bad) {
    try {
      res.writeEarlyHints(hints);
      console.log('no throw for', JSON.stringify(hints));
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
  res.writeEarlyHints({ link: [] });
  res.writeEarlyHints({ link: ['</a.css>; rel=preload; as=style', '</b.js>; rel="preload"'], 'x-extra': 'yes' });
  res.end('done');
});

server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('body', d));
    res.on('end', () => server.close());
  });
  req.on('information', (info) => console.log('information', info.statusCode, JSON.stringify(info.headers)));
});
