// Option edge cases checked as node checks them: a falsy dgram buffer size
// is no size, a multicast interface's address before the socket,
// maxHeaderSize an integer first, maxTotalSockets >= 1.
const dgram = require('dgram');
for (const v of [null, NaN, 0, -1, 1.5, '1024', 4096, 2 ** 33]) {
  try {
    const s = dgram.createSocket({ type: 'udp4', recvBufferSize: v, sendBufferSize: v });
    s.on('error', (e) => console.log('error', String(v), e.code, e.message));
    s.bind(0, '127.0.0.1', () => { try { console.log('bound', String(v), s.getRecvBufferSize() >= 0); } catch (e) { console.log('get', String(v), e.code); } s.close(); });
  } catch (e) { console.log('create', String(v), e.code, e.message); }
}
try { dgram.createSocket('udp4').setMulticastInterface('x'); } catch (e) { console.log(e.code, e.message); }
const http = require('http');
for (const v of [1.5, -1, 2 ** 60, NaN, Infinity, 0, 16384]) {
  try { http.request({ port: 1, maxHeaderSize: v }).on('error', () => {}).destroy(); console.log('ok', v); } catch (e) { console.log(e.code, e.message); }
  try { new http.Agent({ maxTotalSockets: v }); console.log('agent ok', v); } catch (e) { console.log(e.code, e.message); }
}
