'use strict';
// setMulticastInterface as libuv does it: an IPv4 address sets
// IP_MULTICAST_IF and an IPv6 one (with its zone) IPV6_MULTICAST_IF,
// whatever the socket's family, and the kernel's errors come back; text
// that is no address is EINVAL.
const dgram = require('dgram');
const cases = [['udp6', 'undefined'], ['udp6', ''], ['udp6', '::%lo'], ['udp6', '::%nonexist'], ['udp6', '::'], ['udp6', '1.2.3.4'], ['udp6', 'fe80::1%lo'], ['udp4', '0.0.0.0'], ['udp4', '127.0.0.1'], ['udp4', '::'], ['udp4', '1.2.3.4'], ['udp4', '224.0.0.2'], ['udp4', 'foo']];
for (const [type, addr] of cases) {
  const s = dgram.createSocket(type);
  s.bind(0, () => {
    try { s.setMulticastInterface(addr); console.log(type, JSON.stringify(addr), 'ok'); } catch (e) { console.log(type, JSON.stringify(addr), e.code, e.message); }
    s.close();
  });
}
