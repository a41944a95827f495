'use strict';
// An OutgoingMessage whose socket is a plain Writable (no head of its own)
// sees node's writes one by one: the body, then an empty last write that
// 'finish' waits for.
const { OutgoingMessage } = require('http');
const { Writable } = require('stream');

class Response extends OutgoingMessage {
  _implicitHeader() {}
}

for (const body of ['hello world', Buffer.from('bytes')]) {
  const res = new Response();
  const ws = new Writable({
    write(chunk, encoding, callback) {
      console.log('write', JSON.stringify(chunk.toString()), chunk.length, encoding);
      setImmediate(callback);
    },
  });
  res.socket = ws;
  ws._httpMessage = res;
  res.connection = ws;
  res.on('finish', () => console.log('finish', res.writableFinished));
  res.end(body, () => console.log('end callback'));
}
