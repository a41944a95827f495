// net.connect checks its options as node does (some through dns.lookup's
// checks), and a custom lookup gets node's default hints.
const net = require('net');

const t = (label, f) => {
  try {
    const s = f();
    console.log(label, 'no throw');
    s.on('error', () => {});
    s.destroy();
  } catch (e) {
    console.log(label, e.code, e.message);
  }
};
t('none', () => net.connect());
t('host', () => net.connect({ port: 80, host: 42 }));
t('family', () => net.connect({ port: 80, host: 'localhost', family: 5 }));
t('hints', () => net.connect({ port: 80, hints: 'x' }));
t('autoSelectFamilyAttemptTimeout', () => net.connect({ port: 80, autoSelectFamilyAttemptTimeout: -1 }));
t('autoSelectFamily string', () => net.connect({ port: 80, autoSelectFamily: 'INVALID' }));
t('autoSelectFamily null', () => net.connect({ port: 1, host: '127.0.0.1', autoSelectFamily: null }).on('error', () => {}).destroy());
t('keepAliveInitialDelay', () => net.connect({ port: 80, keepAlive: true, keepAliveInitialDelay: 'x' }));
t('socket keepAliveInitialDelay', () => new net.Socket({ keepAliveInitialDelay: 'x' }));

const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({
    port: server.address().port,
    host: 'gonode.test',
    lookup(host, opts, cb) {
      console.log('lookup', host, JSON.stringify(opts));
      if (opts.all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
      else cb(null, '127.0.0.1', 4);
    },
  });
  c.on('connect', () => console.log('connected'));
  c.on('close', () => server.close());
  c.resume();
});
