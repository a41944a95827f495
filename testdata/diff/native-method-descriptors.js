// Methods that gonode implements in Go, or makes under computed keys, carry
// node's name and length, as non-writable, non-enumerable, configurable own
// properties; aliases are one function.
const net = require('net');
const http = require('http');
const path = require('path');

const show = (label, fn) => {
  const name = Object.getOwnPropertyDescriptor(fn, 'name');
  const length = Object.getOwnPropertyDescriptor(fn, 'length');
  console.log(label, JSON.stringify(name), JSON.stringify(length),
    Object.keys(fn).length);
};
show('net.Socket#write', net.Socket.prototype.write);
show('http.ServerResponse#end', http.ServerResponse.prototype.end);
show('http.ServerResponse#writeHead', http.ServerResponse.prototype.writeHead);
show('Buffer#readUInt16LE', Buffer.prototype.readUInt16LE);
show('Buffer#writeDoubleBE', Buffer.prototype.writeDoubleBE);
show('path.resolve', path.resolve);
show('path.join', path.join);
show('Error.captureStackTrace', Error.captureStackTrace);

const proto = Buffer.prototype;
const methods = Object.getOwnPropertyNames(proto)
  .filter((k) => typeof proto[k] === 'function')
  .sort()
  .map((k) => `${k}:${proto[k].name}/${proto[k].length}`);
console.log(methods.join(' '));
console.log('aliases', proto.readUint8 === proto.readUInt8,
  proto.writeBigUint64LE === proto.writeBigUInt64LE,
  proto.slice === proto.subarray, proto.toLocaleString === proto.toString);

const end = http.ServerResponse.prototype.end;
Object.defineProperty(end, 'name', { value: 'renamed' });
console.log('redefined', end.name);

// Functions of process, events and require that are made in Go.
const EventEmitter = require('events');
console.log('require', require.name, require.length);
show('require.resolve', require.resolve);
show('require.resolve.paths', require.resolve.paths);
show('process.hrtime.bigint', process.hrtime.bigint);
show('process.memoryUsage.rss', process.memoryUsage.rss);
show('process.getuid', process.getuid);
show('EventEmitter.init', EventEmitter.init);
show('EventEmitter.listenerCount', EventEmitter.listenerCount);
for (const key of ['defaultMaxListeners', 'captureRejections']) {
  const d = Object.getOwnPropertyDescriptor(EventEmitter, key);
  show(`EventEmitter.${key} get`, d.get);
  show(`EventEmitter.${key} set`, d.set);
}

// Functions of module, process.exitCode, util.inspect and the crypto global.
const mod = require('module');
show('module.isBuiltin', mod.isBuiltin);
show('module.createRequire', mod.createRequire);
const exitCode = Object.getOwnPropertyDescriptor(process, 'exitCode');
show('process.exitCode get', exitCode.get);
show('process.exitCode set', exitCode.set);
const util = require('util');
for (const [name, o, key] of [['util.inspect.defaultOptions', util.inspect, 'defaultOptions'], ['util.inspect.colors.grey', util.inspect.colors, 'grey']]) {
  const d = Object.getOwnPropertyDescriptor(o, key);
  show(`${name} get`, d.get);
  show(`${name} set`, d.set);
}
show('crypto get', Object.getOwnPropertyDescriptor(globalThis, 'crypto').get);
