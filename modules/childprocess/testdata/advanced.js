'use strict';
// Interop in 'advanced' serialization: the parent forks this file under
// another runtime (argv[2] is the child's execPath); values of every kind go
// to the child, which sends them back, and the child sends its own; then a
// socket handle goes each way. The transcript must not depend on which
// runtime is on which side.
const { fork } = require('child_process');
const net = require('net');
const log = (s) => process.stdout.write(s + '\n');

function describe(v, seen = new Map()) {
  if (v === null || typeof v !== 'object') {
    if (typeof v === 'string') return v.length > 40 ? `string(${v.length}) ${JSON.stringify(v.slice(0, 10))}...` : JSON.stringify(v);
    if (typeof v === 'bigint') return v + 'n';
    if (Object.is(v, -0)) return '-0';
    return String(v);
  }
  if (seen.has(v)) return '<ref ' + seen.get(v) + '>';
  seen.set(v, seen.size);
  const ctor = v.constructor.name;
  if (v instanceof Date) return 'Date(' + v.getTime() + ')';
  if (v instanceof RegExp) return 'RegExp(' + v.source + ', ' + v.flags + ')';
  if (v instanceof Error) return ctor + '(' + v.message + ')';
  if (v instanceof Map) return 'Map{' + [...v].map(([k, x]) => describe(k, seen) + ' => ' + describe(x, seen)).join(', ') + '}';
  if (v instanceof Set) return 'Set{' + [...v].map((x) => describe(x, seen)).join(', ') + '}';
  if (ArrayBuffer.isView(v)) {
    return ctor + '[' + [...new Uint8Array(v.buffer, v.byteOffset, v.byteLength)] + ']' + (Buffer.isBuffer(v) ? ' (Buffer)' : '');
  }
  if (Array.isArray(v)) {
    const parts = [];
    for (let i = 0; i < v.length; i++) parts.push(i in v ? describe(v[i], seen) : '<hole>');
    return '[' + parts.join(', ') + ']';
  }
  return ctor + '{' + Object.keys(v).map((k) => k + ': ' + describe(v[k], seen)).join(', ') + '}';
}

function values(from) {
  const shared = { n: 1 };
  const cyc = { name: 'cyc' };
  cyc.self = cyc;
  return [
    new Map([[1, 'one'], ['two', { x: [1, 2.5] }]]), new Set(['a', 1n]), new Date(1700000000000), Buffer.from('h\u00e9llo ' + from),
    new Uint16Array([1, 65535]), 12345678901234567890n, -5n, cyc, { a: shared, b: shared, m: new Map([[shared, shared]]) },
    [1, , 3], { u: undefined, n: null, neg: -0, nan: NaN, inf: -Infinity }, 'latin1 \u00e9', 'two-byte \u0101\ud83d\ude00',
    /re+/gi, new TypeError('boom'), { cmd: 'NODE_' }, { deep: { er: new RangeError('r') } }, new Float64Array([0.5]),
    new DataView(new Uint8Array([7, 8, 9]).buffer), 'x'.repeat(100000), new Uint8Array([1, 2, 3, 4]).subarray(1, 3),
  ];
}

// serveOnce gives a connected pair: the server side (to be passed) and the
// client side, which collects what arrives.
function serveOnce(cb) {
  const server = net.createServer();
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1');
    let got = '';
    client.setEncoding('utf8');
    client.on('data', (d) => { got += d; });
    client.on('end', () => client.end());
    server.once('connection', (sock) => {
      server.close();
      cb(sock, client, () => got);
    });
  });
}

if (process.argv[2] === 'child') {
  process.on('message', (m, handle) => {
    if (m && m.kind === 'socket') {
      handle.end('written by the child, message ' + describe(m.tag));
      serveOnce((sock, client, got) => {
        client.on('close', () => process.send({ kind: 'child-done', got: got() }));
        process.send({ kind: 'socket', tag: new Set([2]) }, sock);
      });
      return;
    }
    if (m === 'values') {
      for (const v of values('child')) process.send({ kind: 'value', v });
      return;
    }
    process.send({ kind: 'echo', v: m.v });
  });
  return;
}

const child = fork(__filename, ['child'], { execPath: process.argv[2], serialization: 'advanced' });
const vals = values('parent');
let echoes = 0;
let own = 0;
child.on('message', (m, handle) => {
  if (m.kind === 'echo') {
    log('echo ' + describe(m.v));
    if (++echoes === vals.length) child.send('values');
  } else if (m.kind === 'value') {
    log('child value ' + describe(m.v));
    if (++own === vals.length) {
      serveOnce((sock, client, got) => {
        client.on('close', () => log('parent client got: ' + got()));
        child.send({ kind: 'socket', tag: new Map([['k', 1n]]) }, sock);
      });
    }
  } else if (m.kind === 'socket') {
    handle.end('written by the parent, message ' + describe(m.tag));
  } else if (m.kind === 'child-done') {
    log('child client got: ' + m.got);
    child.disconnect();
  }
});
child.on('exit', (code, signal) => log(`exit ${code} ${signal}`));
for (const v of vals) child.send({ v });
for (const bad of [() => ({ f() {} }), () => 5n, () => Symbol('s'), () => new WeakMap()]) {
  try {
    child.send(bad());
    log('sent');
  } catch (e) {
    log(`${e.name} ${e.code} ${e.message}`);
  }
}
