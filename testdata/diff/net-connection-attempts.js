// A connect's attempts as node reports them: 'connectionAttempt' before
// each connect, 'connectionAttemptFailed' with its error; with
// autoSelectFamily the resolved addresses are tried in turn (families
// alternating, each address once), the attempted ones listed, and when all
// fail the error is an AggregateError of theirs; a single address is
// connected to as without autoSelectFamily.
const net = require('net');
const show = (x, port) => (x instanceof Error ? `${x.code}:${x.message.replace(String(port), 'PORT')}` : x === port ? 'PORT' : x);
const watch = (label, sock, port) => {
  for (const ev of ['connectionAttempt', 'connectionAttemptFailed', 'connectionAttemptTimeout']) {
    sock.on(ev, (...a) => console.log(label, ev, a.map((x) => show(x, port)).join(' ')));
  }
};
const both = (host, opts, cb) => cb(null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }]);

const steps = [
  (next) => {
    const c = net.connect({ host: 'example.org', port: 10, lookup: both, autoSelectFamily: true });
    watch('refused', c, 10);
    c.on('error', (e) => {
      console.log('refused error', e.constructor.name, e.code, JSON.stringify(e.message), Object.keys(e), e instanceof AggregateError);
      console.log('refused errors', e.errors.map((x) => `${x.code} ${x.address}:${x.port} ${x.message}`));
      console.log('refused attempted', c.autoSelectFamilyAttemptedAddresses);
      next();
    });
  },
  (next) => {
    const c = net.connect(1, '127.0.0.1');
    watch('plain refused', c, 1);
    c.on('error', (e) => { console.log('plain refused error', e.code, c.autoSelectFamilyAttemptedAddresses); next(); });
  },
  (next) => {
    const s = net.createServer((x) => { x.on('error', () => {}); x.end('hi'); }).listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      const d = net.connect({ host: 'h', port, lookup: both, autoSelectFamily: true });
      watch('second', d, port);
      d.on('connect', () => {
        console.log('second connect', d.remoteAddress, d.autoSelectFamilyAttemptedAddresses.map((x) => x.replace(String(port), 'PORT')));
        d.destroy();
        const one = net.connect({ host: 'h', port, lookup: (h, o, cb) => cb(null, [{ address: '127.0.0.1', family: 4 }]), autoSelectFamily: true });
        watch('single', one, port);
        one.on('connect', () => {
          console.log('single connect', one.autoSelectFamilyAttemptedAddresses);
          one.destroy();
          s.close(next);
        });
      });
    });
  },
  (next) => {
    const c = net.connect({ host: 'h', port: 10, lookup: (h, o, cb) => cb(null, [{ address: 'nope', family: 4 }]), autoSelectFamily: true });
    c.on('error', (e) => { console.log('invalid', e.code, e.message); next(); });
  },
];
(function run(i) { if (i < steps.length) steps[i](() => run(i + 1)); })(0);
