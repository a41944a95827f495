// connect() errors: ECONNREFUSED, a missing Unix socket, a host that does
// not resolve (with the 'lookup' event), and argument validation.
const net = require('net');
const os = require('os');
const path = require('path');

function keys(err) {
  return Object.keys(err).join();
}

function sync(label, fn) {
  try {
    fn();
    console.log(`${label}: no throw`);
  } catch (err) {
    console.log(`${label}: ${err.name} ${err.code} ${err.message}`);
  }
}

sync('bad port', () => net.connect(65536));
sync('bad port type', () => net.connect({ port: {} }));
sync('bad local address', () => net.connect({ port: 80, localAddress: 'nope' }));
sync('bad path type', () => net.connect({ path: 42 }));

// A port nothing listens on: bind one, note it, close it.
const probe = net.createServer().listen(0, '127.0.0.1', () => {
  const port = probe.address().port;
  probe.close(() => {
    const c = net.connect(port, '127.0.0.1');
    c.on('connect', () => console.log('unexpected connect'));
    c.on('error', (err) => {
      console.log(err.message === `connect ECONNREFUSED 127.0.0.1:${port}`, err.code, err.errno, err.syscall,
        err.address, err.port === port, keys(err));
      c.on('close', (hadError) => {
        console.log('close hadError', hadError, c.destroyed, c.readyState);
        const sockPath = path.join(os.tmpdir(), `gonode-net-missing-${process.pid}.sock`);
        net.connect(sockPath).on('error', (e) => {
          console.log(e.message === `connect ENOENT ${sockPath}`, e.code, e.errno, e.syscall, e.address === sockPath, keys(e));
          const l = net.connect({ host: 'no-such-host.invalid', port: 80 });
          l.on('lookup', (e2, address, family, host) => console.log('lookup', e2 && e2.code, address, family, host));
          l.on('error', (e3) => console.log(e3.message, e3.code, e3.errno, e3.syscall, e3.hostname, keys(e3)));
        });
      });
    });
  });
});
