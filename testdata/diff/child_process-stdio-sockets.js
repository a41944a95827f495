// A child's piped stdio streams are net.Sockets, as in node: writes the
// pipe takes at once return true, and output sockets are Duplexes.
const { spawn } = require('child_process');
const net = require('net');
const c = spawn('cat', [], { stdio: ['pipe', 'pipe', 'inherit'] });
console.log(c.stdin instanceof net.Socket, c.stdout instanceof net.Socket, c.stderr);
console.log(typeof c.stdin.setNoDelay, c.stdin.readable, c.stdin.writable, c.stdout.readable, c.stdout.writable);
const r = c.stdin.write(Buffer.alloc(20000));
console.log(r, c.stdin.writableLength, c.stdin.writableNeedDrain);
let n = 0;
c.stdout.on('data', (d) => { n += d.length; });
c.stdout.on('end', () => console.log('stdout end', n));
c.on('close', (code) => console.log('close', code));
c.stdin.end();
