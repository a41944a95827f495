// dgram: addMembership binds an unbound socket (as libuv does), and
// add/dropSourceSpecificMembership for IPv4 and IPv6 with node's checks.
const d = require('dgram');
const s = d.createSocket('udp4');
try { s.addMembership('239.1.1.1'); console.log('ok', typeof s.address().port); } catch (e) { console.log(e.code, e.message); }
s.close();
const t = d.createSocket('udp4');
t.bind(0, () => {
  for (const a of [['127.0.0.1', '232.1.1.1'], ['127.0.0.1', '232.1.1.1', '127.0.0.1'], ['232.1.1.2'], ['1.2.3.4', '239.1.1.3'], ['x', 'y'], [1, '232.1.1.1'], ['127.0.0.1', 2]]) {
    try { t.addSourceSpecificMembership(...a); console.log('ssm ok', a); } catch (e) { console.log(e.code, e.message); }
  }
  for (const a of [['127.0.0.1', '232.1.1.1'], ['127.0.0.1', '232.1.1.9']]) {
    try { t.dropSourceSpecificMembership(...a); console.log('drop ok'); } catch (e) { console.log(e.code, e.message); }
  }
  t.close();
});
const d6 = require('dgram');
const t6 = d6.createSocket('udp6');
for (const a of [['::1', 'ff3e::1234'], ['::1', 'ff3e::1234'], ['127.0.0.1', 'ff3e::1'], ['::1', 'ff3e::5', '::1']]) {
  try { t6.addSourceSpecificMembership(...a); console.log('ok', a); } catch (e) { console.log(e.code, e.message); }
}
try { t6.dropSourceSpecificMembership('::1', 'ff3e::1234'); console.log('drop ok'); } catch (e) { console.log(e.code, e.message); }
try { t6.addMembership('ff02::1'); console.log('join ok'); } catch (e) { console.log(e.code, e.message); }
console.log(typeof t6.address().port, t6.address().family);
t6.close();
