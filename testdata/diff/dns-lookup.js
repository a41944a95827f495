'use strict';
// dns.lookup and lookupService on localhost, /etc/hosts names and IP
// literals; argument checks; the promise API; the constants.
const dns = require('dns');
const util = require('util');

const t = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
const noop = () => {};
t('hostname type', () => dns.lookup(1, noop));
t('family 5', () => dns.lookup('x', { family: 5 }, noop));
t('family arg 5', () => dns.lookup('x', 5, noop));
t('hints', () => dns.lookup('x', { hints: 999 }, noop));
t('hints type', () => dns.lookup('x', { hints: 'a' }, noop));
t('all type', () => dns.lookup('x', { all: 1 }, noop));
t('verbatim type', () => dns.lookup('x', { verbatim: 1 }, noop));
t('order', () => dns.lookup('x', { order: 'x' }, noop));
t('no callback', () => dns.lookup('x', {}));
t('no callback 2', () => dns.lookup('x'));
t('options string', () => dns.lookup('x', 'IPv4', noop));
t('lookupService address', () => dns.lookupService('x', 80, noop));
t('lookupService port', () => dns.lookupService('127.0.0.1', 'a', noop));
t('lookupService port range', () => dns.lookupService('127.0.0.1', 70000, noop));
t('lookupService args', () => dns.lookupService('127.0.0.1', 80));
t('lookupService cb', () => dns.lookupService('127.0.0.1', 80, 1));
t('resolve4 name', () => dns.resolve4(1, noop));
t('resolve4 cb', () => dns.resolve4('x'));
t('resolve rrtype', () => dns.resolve('x', 'FOO', noop));
t('resolve rrtype type', () => dns.resolve('x', 1, noop));
t('setServers type', () => dns.setServers('x'));
t('setServers ip', () => dns.setServers(['x']));
t('setServers entry', () => dns.setServers([1]));
t('order value', () => dns.setDefaultResultOrder('x'));
t('Resolver timeout', () => new dns.Resolver({ timeout: 'a' }));
t('Resolver timeout range', () => new dns.Resolver({ timeout: -2 }));
t('Resolver tries', () => new dns.Resolver({ tries: 0 }));
t('setLocalAddress', () => new dns.Resolver().setLocalAddress(1));
t('setLocalAddress ip', () => new dns.Resolver().setLocalAddress('x'));
t('setLocalAddress two v4', () => new dns.Resolver().setLocalAddress('127.0.0.1', '127.0.0.2'));
t('setLocalAddress two v6', () => new dns.Resolver().setLocalAddress('::1', '::2'));
t('promises lookup', () => dns.promises.lookup(1));
t('promises family', () => dns.promises.lookup('x', { family: 7 }));
t('promises options', () => dns.promises.lookup('x', 'IPv4'));
t('promises resolve4', () => dns.promises.resolve4(1));
t('promises rrtype', () => dns.promises.resolve('x', 'FOO'));
t('promises lookupService', () => dns.promises.lookupService('127.0.0.1'));

console.log('order', dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder());
dns.setDefaultResultOrder('ipv4first');
console.log('order', dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder());
dns.promises.setDefaultResultOrder('ipv6first');
console.log('order', dns.getDefaultResultOrder());
dns.setDefaultResultOrder('verbatim');

console.log('constants', dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL, dns.NODATA, dns.NOTFOUND, dns.TIMEOUT, dns.CANCELLED,
  dns.promises.NOTFOUND, dns.promises.ADDRCONFIG);
console.log('keys', Object.keys(dns).join(' '));
console.log('promises keys', Object.keys(dns.promises).join(' '));
console.log('same promises', dns.promises === require('dns/promises'), require('node:dns') === dns);
console.log('Resolver', Object.getOwnPropertyNames(dns.Resolver.prototype).join(' '));
console.log('Resolver base', Object.getOwnPropertyNames(Object.getPrototypeOf(dns.Resolver.prototype)).join(' '));
console.log('promises Resolver', Object.getOwnPropertyNames(dns.promises.Resolver.prototype).join(' '));
console.log('names', dns.resolve4.name, dns.resolveMx.name, dns.reverse.name, dns.resolve.name);

const r = new dns.Resolver();
r.setServers(['127.0.0.1:5353', '[::1]:53', '::1', '1.2.3.4:53', '[fe80::1]:99', '10.0.0.1']);
console.log('servers', JSON.stringify(r.getServers()));
console.log('default servers', JSON.stringify(dns.getServers()) === JSON.stringify(new dns.Resolver().getServers()));
r.setLocalAddress('127.0.0.1');
r.setLocalAddress('127.0.0.1', '::1');

// IP literals and empty names answer on the next tick.
const order = [];
dns.lookup('1.2.3.4', (err, address, family) => order.push(`literal ${address} ${family}`));
dns.lookup('::1', { all: true }, (err, all) => order.push(`literal6 ${JSON.stringify(all)}`));
dns.lookup('127.0.0.1', { family: 6 }, (err, address, family) => order.push(`family mismatch ${address} ${family}`));
dns.lookup('', (err, address, family) => order.push(`empty ${address} ${family}`));
dns.lookup(null, { family: 6 }, (err, address, family) => order.push(`null ${address} ${family}`));
dns.lookup(undefined, { all: true }, (err, all) => order.push(`undefined ${JSON.stringify(all)}`));
Promise.resolve().then(() => order.push('microtask'));
order.push('sync');
process.nextTick(() => order.push('tick'));
setImmediate(() => {
  console.log('literal order', order.join(', '));
  resolutions();
});

function show(label) {
  return (err, ...res) => {
    if (err) console.log(label, 'error', err.message, err.code, err.errno, err.syscall, err.hostname, Object.keys(err).join(','));
    else console.log(label, JSON.stringify(res));
  };
}
const steps = [
  (c) => dns.lookup('localhost', c),
  (c) => dns.lookup('localhost', { all: true }, c),
  (c) => dns.lookup('localhost', 4, c),
  (c) => dns.lookup('localhost', { family: 'IPv4', all: true }, c),
  (c) => dns.lookup('localhost', { hints: dns.ADDRCONFIG }, c),
  (c) => dns.lookup('vm', c),
  (c) => dns.lookup('localhost', { family: 6, hints: dns.V4MAPPED }, c),
  (c) => dns.lookup('localhost', { family: 6, hints: dns.V4MAPPED | dns.ALL, all: true }, c),
  (c) => dns.lookup('localhost', { order: 'ipv6first', all: true }, c),
  // Names no resolver asks a server for: ENOTFOUND, and EINVAL for a
  // name that is too long.
  (c) => dns.lookup('a..b', c),
  (c) => dns.lookup('a..b', { all: true }, c),
  (c) => dns.lookup('x'.repeat(256), c),
  (c) => dns.lookupService('127.0.0.1', 22, c),
  (c) => dns.lookupService('127.0.0.1', '80', c),
  (c) => dns.lookupService('127.0.0.1', 45678, c),
];
async function resolutions() {
  let i = 0;
  for (const step of steps) {
    await new Promise((resolve) => step((...a) => { show(`step ${i++}`)(...a); resolve(); }));
  }
  const p = dns.promises;
  console.log('p.lookup', JSON.stringify(await p.lookup('localhost')));
  console.log('p.lookup all', JSON.stringify(await p.lookup('localhost', { all: true })));
  console.log('p.lookup 4', JSON.stringify(await p.lookup('localhost', 4)));
  console.log('p.lookup literal', JSON.stringify(await p.lookup('::1')), JSON.stringify(await p.lookup('10.0.0.1', { all: true })));
  console.log('p.lookup empty', JSON.stringify(await p.lookup('')), JSON.stringify(await p.lookup('', { all: true, family: 6 })));
  await p.lookup('a..b').catch(show('p.lookup nx'));
  await p.lookup('x.'.repeat(130)).catch(show('p.lookup einval'));
  console.log('p.lookupService', JSON.stringify(await p.lookupService('127.0.0.1', 22)));
  console.log('promisify lookup', JSON.stringify(await util.promisify(dns.lookup)('localhost')));
  console.log('promisify lookupService', JSON.stringify(await util.promisify(dns.lookupService)('127.0.0.1', 80)));
  console.log('req', typeof dns.lookup('localhost', noop), typeof dns.lookup('1.2.3.4', noop));
}
