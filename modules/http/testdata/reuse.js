// Sequential requests on one kept-alive socket, each sent in the turn the
// previous response ended (the agent hands the freed socket on at once):
// the socket's reader must pass from one response's parser to the next.
'use strict';
const http = require('http');

const base = process.argv[2];
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const paths = ['/plain', '/chunked', '/status', '/trailers'];
let done = 0;
const next = () => {
  const path = paths[done % paths.length];
  http.get(base + path, { agent }, (res) => {
    res.resume();
    res.on('end', () => {
      if (++done < 400) next();
      else {
        console.log('done', done);
        agent.destroy();
      }
    });
  });
};
next();
