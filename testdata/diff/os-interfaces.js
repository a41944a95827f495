'use strict';
// networkInterfaces shape: keys, families, cidr consistency (addresses vary by host).
const os = require('os');
const ifaces = os.networkInterfaces();
console.log(typeof ifaces, Object.getPrototypeOf(ifaces) === Object.prototype);
let sawLoopback = false;
for (const [name, list] of Object.entries(ifaces)) {
  for (const a of list) {
    const keys = Object.keys(a).join();
    const bits = a.cidr.split('/')[1];
    const maskBits = a.family === 'IPv4' ?
      a.netmask.split('.').reduce((n, o) => n + (+o).toString(2).split('1').length - 1, 0) :
      a.netmask.split(':').filter(Boolean).reduce((n, h) => n + parseInt(h, 16).toString(2).split('1').length - 1, 0);
    const ok = a.cidr === `${a.address}/${bits}` && +bits === maskBits && /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a.mac);
    if (a.internal && a.address === '127.0.0.1') sawLoopback = true;
    console.log(name === 'lo' ? 'lo' : 'iface', a.family, keys, ok, typeof a.internal,
      a.family === 'IPv6' ? Number.isInteger(a.scopeid) : 'no-scope');
  }
}
console.log('loopback', sawLoopback);
console.log(JSON.stringify(ifaces.lo));
