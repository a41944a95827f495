// crypto.scrypt and scryptSync: RFC 7914's vectors and others (Buffer and
// TypedArray inputs, aliases of N, r and p), node's checks of the
// parameters and OpenSSL's refusals, the callback form.
const c = require('crypto');
const t = (o, k = 16, pw = 'pw', salt = 'salt') => { try { console.log(c.scryptSync(pw, salt, k, o).toString('hex')); } catch (e) { console.log(e.name, e.code, e.message); } };
t(undefined); t({ N: 1024, r: 1, p: 1 }); t({ cost: 16, blockSize: 1, parallelization: 2 }); t({ N: 3 }); t({ N: 1 });
t({ N: 16, cost: 16 }); t({ r: 1, blockSize: 1 }); t({ p: 1, parallelization: 1 });
t({ N: 1 << 20 }); t({ maxmem: 1 }); t({ N: -1 }); t({ N: 1.5 }); t({ maxmem: -1 }); t({ N: 0, r: 0, p: 0, maxmem: 0 });
t({}, 0); t({}, -1); t({}, 1.5); t({ N: 16, r: 1, p: 0x40000000 }); t({ N: 65536, r: 1 }); t({ N: 32768, r: 1 });
t({ N: 64, r: 3, p: 5 }, 100, Buffer.from([0, 1, 2, 255]), new Uint16Array([1, 2, 3]));
t({ N: 2, r: 1, p: 1 }, 64, '', '');
// RFC 7914 section 12 vectors
t({ N: 16, r: 1, p: 1 }, 64, '', '');
t({ N: 1024, r: 8, p: 16 }, 64, 'password', 'NaCl');
try { c.scryptSync(1, 's', 1); } catch (e) { console.log(e.code, e.message); }
try { c.scrypt('p', 's', 1); } catch (e) { console.log(e.code, e.message); }
try { c.scrypt('p', 's', 1, { N: 3 }); } catch (e) { console.log(e.code, e.message); }
c.scrypt('p', 's', 8, (err, k) => {
  console.log('cb', err, k.toString('hex'));
  c.scrypt('p', 's', 8, { N: 16 }, (err, k) => console.log('cb2', err, k.toString('hex')));
});
console.log(c.scrypt.length, c.scryptSync.length);
