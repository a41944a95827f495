// net.isIP, isIPv4 and isIPv6 on valid and invalid addresses.
const net = require('net');

const inputs = [
  '127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.04',
  ' 1.2.3.4', '1.2.3.4 ', '::', '::1', '1::', 'fe80::1%eth0', 'fe80::1%', 'fe80::1%lo0', '::ffff:127.0.0.1',
  '::ffff:256.0.0.1', '2001:db8::ff00:42:8329', '2001:0db8:0000:0000:0000:ff00:0042:8329', '1:2:3:4:5:6:7:8',
  '1:2:3:4:5:6:7:8:9', '1::2::3', 'g::1', '12345::1', ':1', '1:', '', 'localhost', 'example.com', '1.2.3.4/24',
  '::1/128', 'fe80::1%25eth0', 'FE80::ABCD', '0::0.0.0.0', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4',
];

for (const s of inputs) {
  console.log(JSON.stringify(s), net.isIP(s), net.isIPv4(s), net.isIPv6(s));
}
console.log(net.isIP(127), net.isIP(null), net.isIP(undefined), net.isIP({ toString: () => '1.1.1.1' }));
