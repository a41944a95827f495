'use strict';
// resolve* against a tiny DNS server on 127.0.0.1 (UDP) that answers fixed
// records; dns.setServers points the default resolver at it.
const dgram = require('dgram');
const dns = require('dns');
const net = require('net');

function name(s) {
  const parts = [];
  for (const label of s.split('.')) {
    if (!label) continue;
    parts.push(Buffer.from([label.length]), Buffer.from(label));
  }
  parts.push(Buffer.from([0]));
  return Buffer.concat(parts);
}
function u16(n) { const b = Buffer.alloc(2); b.writeUInt16BE(n); return b; }
function u32(n) { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; }
function str(s) { return Buffer.concat([Buffer.from([Buffer.byteLength(s)]), Buffer.from(s)]); }
const T = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, ANY: 255, CAA: 257 };
const rr = (type, ttl, data) => ({ type: T[type], ttl, data });
const a = (ip) => Buffer.from(ip.split('.').map(Number));
const soa = Buffer.concat([name('ns1.zone.test'), name('admin.zone.test'), u32(2024010101), u32(3600), u32(600), u32(86400), u32(60)]);
const zone = {
  'a.zone.test': [rr('A', 300, a('10.0.0.1')), rr('A', 300, a('10.0.0.2')),
    rr('AAAA', 120, Buffer.from('20010db8000000000000000000000001', 'hex'))],
  'alias.zone.test': [rr('CNAME', 60, name('a.zone.test'))],
  'zone.test': [rr('MX', 3600, Buffer.concat([u16(10), name('mx1.zone.test')])),
    rr('MX', 3600, Buffer.concat([u16(20), name('mx2.zone.test')])),
    rr('NS', 3600, name('ns1.zone.test')), rr('NS', 3600, name('ns2.zone.test')),
    rr('TXT', 60, Buffer.concat([str('v=spf1 -all')])), rr('TXT', 60, Buffer.concat([str('part one '), str('part two')])),
    rr('SOA', 60, soa),
    rr('CAA', 60, Buffer.concat([Buffer.from([0]), str('issue'), Buffer.from('ca.example')])),
    rr('CAA', 60, Buffer.concat([Buffer.from([128]), str('iodef'), Buffer.from('mailto:sec@zone.test')]))],
  '_sip._tcp.zone.test': [rr('SRV', 60, Buffer.concat([u16(10), u16(5), u16(5060), name('sip.zone.test')]))],
  'naptr.zone.test': [rr('NAPTR', 60, Buffer.concat([u16(100), u16(10), str('S'), str('SIP+D2U'), str(''), name('_sip._udp.zone.test')]))],
  '1.0.0.10.in-addr.arpa': [rr('PTR', 60, name('host.zone.test'))],
  '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa': [rr('PTR', 60, name('v6host.zone.test'))],
  'any.zone.test': [rr('A', 30, a('10.9.9.9')), rr('MX', 30, Buffer.concat([u16(5), name('mx.zone.test')])),
    rr('TXT', 30, str('hello')), rr('NS', 30, name('ns.zone.test')), rr('CNAME', 30, name('c.zone.test')),
    rr('PTR', 30, name('p.zone.test')), rr('SOA', 30, soa),
    rr('SRV', 30, Buffer.concat([u16(1), u16(2), u16(3), name('srv.zone.test')])),
    rr('AAAA', 30, Buffer.from('20010db8000000000000000000000002', 'hex')),
    rr('CAA', 30, Buffer.concat([Buffer.from([0]), str('issuewild'), Buffer.from(';')])),
    rr('NAPTR', 30, Buffer.concat([u16(1), u16(2), str('U'), str('E2U+sip'), str('!^.*$!sip:a@b!'), name('')]))],
  'any2.zone.test': [rr('TXT', 40, str('x')), rr('A', 40, a('10.8.8.8')), rr('AAAA', 40, Buffer.alloc(16))],
  // More than fits in 512 bytes: the UDP answer is truncated, TCP has it all.
  'big.zone.test': Array.from({ length: 40 }, (_, i) => rr('A', 5, a(`10.1.${i}.1`))),
};
const rcodes = { 'servfail.zone.test': 2, 'refused.zone.test': 5, 'formerr.zone.test': 1, 'notimp.zone.test': 4 };

function answer(msg, truncate) {
  let off = 12;
  const labels = [];
  while (msg[off]) { labels.push(msg.toString('latin1', off + 1, off + 1 + msg[off])); off += msg[off] + 1; }
  off++;
  const qname = labels.join('.').toLowerCase();
  const qtype = msg.readUInt16BE(off);
  const question = msg.subarray(12, off + 4);
  if (qname === 'silent.zone.test') return null; // never answers: a timeout
  const records = zone[qname];
  let rcode = rcodes[qname] || 0;
  let answers = [];
  if (records) answers = records.filter((r) => qtype === 255 || r.type === qtype || (r.type === 5 && qtype !== 5));
  else if (!rcode) rcode = 3;
  // A CNAME answer is followed by the target's records.
  if (answers.length && answers[0].type === 5 && qtype !== 5 && qtype !== 255) {
    answers = answers.concat((zone['a.zone.test'] || []).filter((r) => r.type === qtype)
      .map((r) => ({ ...r, owner: 'a.zone.test' })));
  }
  let tc = 0;
  if (truncate && answers.length > 20) {
    answers = [];
    tc = 0x200;
  }
  const header = Buffer.alloc(12);
  header.writeUInt16BE(msg.readUInt16BE(0), 0);
  header.writeUInt16BE(0x8180 | tc | rcode, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(answers.length, 6);
  const body = answers.map((r) => Buffer.concat([name(r.owner || qname), u16(r.type), u16(1), u32(r.ttl), u16(r.data.length), r.data]));
  return Buffer.concat([header, question, ...body]);
}

let server;
function udpServer() {
  const udp = dgram.createSocket('udp4');
  udp.on('message', (msg, rinfo) => {
    const reply = answer(msg, true);
    if (reply) udp.send(reply, rinfo.port, rinfo.address);
  });
  return udp;
}
// The same port over TCP, for truncated answers.
const tcpServer = net.createServer((sock) => {
  let buf = Buffer.alloc(0);
  sock.on('data', (d) => {
    buf = Buffer.concat([buf, d]);
    while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
      const reply = answer(buf.subarray(2, 2 + buf.readUInt16BE(0)), false);
      buf = buf.subarray(2 + buf.readUInt16BE(0));
      if (reply) sock.write(Buffer.concat([u16(reply.length), reply]));
    }
  });
});

function show(label, err, res) {
  if (err) console.log(label, 'error', err.message, err.code, err.errno, err.syscall, err.hostname, Object.keys(err));
  else console.log(label, JSON.stringify(res));
}

// The TCP server takes a free port, then the UDP server the same number;
// when another process holds that UDP port, try another one.
function start(attempts) {
  tcpServer.listen(0, '127.0.0.1', () => {
    const udp = udpServer();
    udp.once('error', (err) => {
      if (err.code !== 'EADDRINUSE' || attempts === 0) throw err;
      udp.close();
      tcpServer.close(() => start(attempts - 1));
    });
    udp.bind(tcpServer.address().port, '127.0.0.1', () => {
      server = udp;
      main();
    });
  });
}
start(20);

async function main() {
  const { port } = server.address();
  dns.setServers([`127.0.0.1:${port}`]);
  console.log('servers', dns.getServers().length, dns.getServers()[0] === `127.0.0.1:${port}`);
  const cb = (label) => new Promise((resolve) => (err, res) => resolve());
  const steps = [
    ['resolve4', (c) => dns.resolve4('a.zone.test', c)],
    ['resolve4 ttl', (c) => dns.resolve4('a.zone.test', { ttl: true }, c)],
    ['resolve6', (c) => dns.resolve6('a.zone.test', c)],
    ['resolve6 ttl', (c) => dns.resolve6('a.zone.test', { ttl: true }, c)],
    ['resolve', (c) => dns.resolve('a.zone.test', c)],
    ['resolve AAAA', (c) => dns.resolve('a.zone.test', 'AAAA', c)],
    ['resolve4 via cname', (c) => dns.resolve4('alias.zone.test', c)],
    ['resolveCname', (c) => dns.resolveCname('alias.zone.test', c)],
    ['resolveMx', (c) => dns.resolveMx('zone.test', c)],
    ['resolveNs', (c) => dns.resolveNs('zone.test', c)],
    ['resolveTxt', (c) => dns.resolveTxt('zone.test', c)],
    ['resolveSoa', (c) => dns.resolveSoa('zone.test', c)],
    ['resolveCaa', (c) => dns.resolveCaa('zone.test', c)],
    ['resolveSrv', (c) => dns.resolveSrv('_sip._tcp.zone.test', c)],
    ['resolveNaptr', (c) => dns.resolveNaptr('naptr.zone.test', c)],
    ['resolvePtr', (c) => dns.resolvePtr('1.0.0.10.in-addr.arpa', c)],
    ['resolve PTR', (c) => dns.resolve('1.0.0.10.in-addr.arpa', 'PTR', c)],
    ['reverse', (c) => dns.reverse('10.0.0.1', c)],
    ['reverse6', (c) => dns.reverse('2001:db8::1', c)],
    ['resolveAny', (c) => dns.resolveAny('any.zone.test', c)],
    ['resolveAny no cname', (c) => dns.resolveAny('any2.zone.test', c)],
    ['resolve ANY', (c) => dns.resolve('any2.zone.test', 'ANY', c)],
    ['truncated, over tcp', (c) => dns.resolve4('big.zone.test', c)],
    ['reverse from hosts', (c) => dns.reverse('127.0.0.1', c)],
    ['nxdomain', (c) => dns.resolve4('nope.zone.test', c)],
    ['nodata', (c) => dns.resolveMx('a.zone.test', c)],
    ['nodata soa', (c) => dns.resolveSoa('a.zone.test', c)],
    ['servfail', (c) => dns.resolve4('servfail.zone.test', c)],
    ['refused', (c) => dns.resolveTxt('refused.zone.test', c)],
    ['formerr', (c) => dns.resolveNs('formerr.zone.test', c)],
    ['notimp', (c) => dns.resolveSrv('notimp.zone.test', c)],
    ['reverse nx', (c) => dns.reverse('10.0.0.2', c)],
  ];
  for (const [label, fn] of steps) {
    await new Promise((resolve) => fn((err, res) => { show(label, err, res); resolve(); }));
  }
  // The promises API shares the default resolver's servers.
  const p = dns.promises;
  show('p.resolve4', null, await p.resolve4('a.zone.test'));
  show('p.resolve ttl', null, await p.resolve('a.zone.test', 'A'));
  show('p.resolve4 ttl', null, await p.resolve4('a.zone.test', { ttl: true }));
  show('p.resolveMx', null, await p.resolveMx('zone.test'));
  show('p.resolveSoa', null, await p.resolveSoa('zone.test'));
  show('p.reverse', null, await p.reverse('10.0.0.1'));
  await p.resolve4('nope.zone.test').catch((e) => show('p.nxdomain', e));
  await p.resolveTxt('servfail.zone.test').catch((e) => show('p.servfail', e));
  // A Resolver of its own, with a short timeout, for a name that is never answered.
  const r = new dns.Resolver({ timeout: 100, tries: 1 });
  r.setServers([`127.0.0.1:${port}`]);
  await new Promise((resolve) => r.resolve4('silent.zone.test', (err) => { show('timeout', err); resolve(); }));
  const pr = new dns.promises.Resolver({ timeout: 100, tries: 1 });
  pr.setServers([`127.0.0.1:${port}`]);
  show('pr.resolveNs', null, await pr.resolveNs('zone.test'));
  await pr.resolve4('silent.zone.test').catch((e) => show('pr.timeout', e));
  // cancel() ends the outstanding queries with ECANCELLED.
  const r2 = new dns.Resolver();
  r2.setServers([`127.0.0.1:${port}`]);
  const cancelled = new Promise((resolve) => r2.resolve4('silent.zone.test', (err) => { show('cancel', err); resolve(); }));
  r2.cancel();
  await cancelled;
  // From a given local address.
  const r3 = new dns.Resolver();
  r3.setServers([`127.0.0.1:${port}`]);
  r3.setLocalAddress('127.0.0.1');
  await new Promise((resolve) => r3.resolveMx('zone.test', (err, res) => { show('local address', err, res); resolve(); }));
  // No servers at all, and a server port nobody listens on.
  const r4 = new dns.Resolver();
  r4.setServers([]);
  await new Promise((resolve) => r4.resolve4('a.zone.test', (err) => { show('no servers', err); resolve(); }));
  const closed = dgram.createSocket('udp4');
  await new Promise((resolve) => closed.bind(0, '127.0.0.1', resolve));
  const closedPort = closed.address().port;
  await new Promise((resolve) => closed.close(resolve));
  const r5 = new dns.Resolver({ timeout: 1000, tries: 1 });
  r5.setServers([`127.0.0.1:${closedPort}`]);
  await new Promise((resolve) => r5.resolve4('a.zone.test', (err) => { show('refused', err); resolve(); }));
  server.close();
  tcpServer.close();
}
