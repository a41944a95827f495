// A datagram from a link-local IPv6 address names its interface in
// rinfo.address (fe80::…%eth0), as libuv's address does; so do a TCP
// socket's addresses. (Without a link-local address the program says so.)
'use strict';
const dgram = require('dgram');
const net = require('net');
const os = require('os');

function linkLocal() {
  for (const [name, entries] of Object.entries(os.networkInterfaces())) {
    for (const e of entries) {
      if (e.family === 'IPv6' && e.address.startsWith('fe80:')) return `${e.address}%${name}`;
    }
  }
}

const address = linkLocal();
if (!address) {
  console.log('no link-local address');
} else {
  const server = dgram.createSocket('udp6');
  const client = dgram.createSocket('udp6');
  server.on('message', (msg, rinfo) => {
    console.log('udp', msg.toString(), rinfo.address === address, rinfo.family);
    server.close();
    client.close();
    tcp();
  });
  server.bind({ address }, () => client.send('hello', server.address().port, address));
}

function tcp() {
  const server = net.createServer((socket) => {
    console.log('tcp remote', socket.remoteAddress === address, 'local', socket.localAddress === address);
    socket.end();
    server.close();
  });
  server.listen(0, address, () => {
    console.log('tcp listening', server.address().address === address);
    net.connect(server.address().port, address).resume();
  });
}
