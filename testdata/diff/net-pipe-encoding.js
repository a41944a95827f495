// setEncoding across multi-byte characters split between writes, pipe()
// from a socket into another socket, and write() with encodings and
// callbacks.
const net = require('net');

const server = net.createServer((s) => {
  // Echo everything back through pipe().
  s.pipe(s);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  let text = '';
  c.on('data', (d) => {
    text += d;
  });
  const euro = Buffer.from('€');
  c.write(euro.subarray(0, 1));
  c.write(euro.subarray(1), () => {
    c.write('68656c6c6f', 'hex');
    c.write('IHdvcmxk', 'base64', () => {
      c.write(Buffer.from('!'));
      c.end(' ünïcödé', 'utf8', () => console.log('end callback'));
    });
  });
  c.on('end', () => {
    console.log(JSON.stringify(text), text.length);
    console.log('bytes', c.bytesRead, c.bytesWritten);
    server.close();
  });
});
