// net.BlockList and net.SocketAddress: rules of both families, checks
// across them (IPv4-mapped IPv6), canonical address forms, and the errors
// for bad arguments.
const net = require('net');
const util = require('util');
const { BlockList, SocketAddress } = net;

const t = (label, f) => {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

const bl = new BlockList();
bl.addAddress('1.2.3.4');
bl.addAddress('2001:db8::0001', 'ipv6');
bl.addRange('10.0.0.1', '10.0.0.10');
bl.addRange('fe80::1', 'fe80::ff', 'ipv6');
bl.addSubnet('192.168.0.0', 16);
bl.addSubnet('2001:db8:1::', 48, 'ipv6');
bl.addSubnet('8000::', 1, 'IPv6');
console.log(bl.rules);
for (const [a, f] of [
  ['1.2.3.4'], ['1.2.3.5'], ['10.0.0.5'], ['10.0.0.11'], ['192.168.77.1'], ['192.169.0.1'],
  ['2001:db8::1', 'ipv6'], ['2001:db8:1:ffff::9', 'ipv6'], ['fe80::10', 'ipv6'], ['fe80::100', 'ipv6'],
  ['::ffff:1.2.3.4', 'ipv6'], ['::ffff:192.168.1.1', 'ipv6'], ['9000::1', 'ipv6'], ['not an address'],
  ['1.2.3.4', 'ipv6'],
]) {
  t(`check ${a} ${f || ''}`, () => bl.check(a, f));
}
t('check SocketAddress', () => bl.check(new SocketAddress({ address: '10.0.0.2' })));
t('range backwards', () => bl.addRange('10.0.0.9', '10.0.0.1'));
t('subnet prefix', () => bl.addSubnet('10.0.0.0', 33));
t('address type', () => bl.addAddress(42));
t('bad family', () => bl.addAddress('1.2.3.4', 'ipv5'));
t('bad address', () => bl.addAddress('1.2.3'));
console.log(util.inspect(bl).split('\n').length > 1, bl instanceof BlockList);

const sa = new SocketAddress({ address: '::0001', family: 'ipv6', port: 8080, flowlabel: 7 });
console.log(sa.address, sa.port, sa.family, sa.flowlabel, JSON.stringify(sa));
console.log(util.inspect(sa), util.inspect(new SocketAddress()));
console.log(new SocketAddress({ family: 'ipv6' }).address, new SocketAddress({ address: '::ffff:1.2.3.4', family: 'ipv6' }).address);
console.log(SocketAddress.isSocketAddress(sa), SocketAddress.isSocketAddress({}));
t('sa port', () => new SocketAddress({ port: 70000 }));
t('sa family', () => new SocketAddress({ family: 'x' }));
t('sa address', () => new SocketAddress({ address: 'x' }));
t('sa flowlabel', () => new SocketAddress({ flowlabel: -1 }));
t('sa options', () => new SocketAddress(5));
