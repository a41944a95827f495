'use strict';
// internal/blocklist and internal/socketaddress: net.SocketAddress and
// net.BlockList (node keeps both in C++). Addresses are held as 128-bit
// BigInts, an IPv4 address as its IPv4-mapped IPv6 form (::ffff:a.b.c.d),
// so that rules and addresses of either family compare as node's do.

const { isIPv4, isIPv6, validatePort, validateString, validateInt32, codes } = require('internal/net');
const { makeNodeError } = require('internal/errors');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } = codes;
const ERR_INVALID_ADDRESS = makeNodeError(Error, 'ERR_INVALID_ADDRESS', () => 'Invalid socket address');

const kAddress = Symbol('kAddress');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kMapped = 0xffffn << 32n;

// parseIPv4 and parseIPv6 return an address's 128-bit value.
function parseIPv4(s) {
  let v = 0n;
  for (const part of s.split('.')) v = (v << 8n) | BigInt(Number(part));
  return kMapped | v;
}

function parseIPv6(s) {
  s = s.replace(/%.*$/, ''); // a zone index
  const last = s.lastIndexOf(':');
  if (s.includes('.', last)) {
    // A dotted IPv4 tail is the last two groups.
    const n = Number(parseIPv4(s.slice(last + 1)) & 0xffffffffn);
    s = `${s.slice(0, last + 1)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = s.split('::');
  const words = (part) => (part === '' ? [] : part.split(':').map((w) => parseInt(w, 16)));
  let groups;
  if (halves.length === 2) {
    const head = words(halves[0]);
    const rest = words(halves[1]);
    groups = head.concat(new Array(8 - head.length - rest.length).fill(0), rest);
  } else {
    groups = words(halves[0]);
  }
  let v = 0n;
  for (const g of groups) v = (v << 16n) | BigInt(g);
  return v;
}

// formatIPv6 writes a 128-bit value as inet_ntop does: the longest run of
// two or more zero groups becomes '::', an IPv4-mapped address ends in
// dotted form.
function formatIPv6(v) {
  const groups = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((v >> BigInt(i * 16)) & 0xffffn));
  if ((v >> 32n) === 0xffffn) return `::ffff:${formatIPv4(v)}`;
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

function formatIPv4(v) {
  const n = Number(v & 0xffffffffn);
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

class SocketAddress {
  constructor(options = {}) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    let { family = 'ipv4' } = options;
    const { address = (family === 'ipv4' ? '127.0.0.1' : '::'), port = 0, flowlabel = 0 } = options;
    if (typeof family === 'string') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    }
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    if (typeof flowlabel !== 'number') throw new ERR_INVALID_ARG_TYPE('options.flowlabel', 'number', flowlabel);
    if (!Number.isInteger(flowlabel)) throw new ERR_OUT_OF_RANGE('options.flowlabel', 'an integer', flowlabel);
    if (flowlabel < 0 || flowlabel > 4294967295) {
      throw new ERR_OUT_OF_RANGE('options.flowlabel', '>= 0 && <= 4294967295', flowlabel);
    }
    let value;
    if (family === 'ipv4' && isIPv4(address)) value = parseIPv4(address);
    else if (family === 'ipv6' && isIPv6(address)) value = parseIPv6(address);
    else throw new ERR_INVALID_ADDRESS();
    this[kAddress] = { value, family, port: Number(port), flowlabel };
  }

  static isSocketAddress(value) {
    return value != null && typeof value === 'object' && value[kAddress] !== undefined;
  }

  get address() {
    const a = this[kAddress];
    return a.family === 'ipv4' ? formatIPv4(a.value) : formatIPv6(a.value);
  }

  get port() { return this[kAddress].port; }

  get family() { return this[kAddress].family; }

  get flowlabel() { return this[kAddress].flowlabel; }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), options)}`;
  }
}

// toSocketAddress turns (address, family) into a SocketAddress, checking
// them as node does.
function toSocketAddress(address, family, name) {
  if (SocketAddress.isSocketAddress(address)) return address;
  validateString(address, name);
  validateString(family, 'family');
  return new SocketAddress({ address, family });
}

function familyName(family) {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}

class BlockList {
  constructor() {
    this[kAddress] = []; // the rules, newest first
  }

  addAddress(address, family = 'ipv4') {
    const a = toSocketAddress(address, family, 'address');
    this[kAddress].unshift({
      rule: `Address: ${familyName(a.family)} ${a.address}`,
      match: (v) => v === a[kAddress].value,
    });
  }

  addRange(start, end, family = 'ipv4') {
    const s = toSocketAddress(start, family, 'start');
    const e = toSocketAddress(end, family, 'end');
    const lo = s[kAddress].value;
    const hi = e[kAddress].value;
    if (lo > hi) throw new ERR_INVALID_ARG_VALUE('start', s, 'must come before end');
    this[kAddress].unshift({
      rule: `Range: ${familyName(s.family)} ${s.address}-${e.address}`,
      match: (v) => v >= lo && v <= hi,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const n = toSocketAddress(network, family, 'network');
    const v4 = n.family === 'ipv4';
    validateInt32(prefix, 'prefix', 0, v4 ? 32 : 128);
    const bits = BigInt(v4 ? 96 + prefix : prefix);
    const shift = 128n - bits;
    const net = n[kAddress].value >> shift;
    this[kAddress].unshift({
      rule: `Subnet: ${familyName(n.family)} ${n.address}/${prefix}`,
      match: (v) => (v >> shift) === net,
    });
  }

  check(address, family = 'ipv4') {
    let a;
    if (SocketAddress.isSocketAddress(address)) {
      a = address;
    } else {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        a = new SocketAddress({ address, family });
      } catch {
        return false; // not a valid address: not blocked
      }
    }
    const v = a[kAddress].value;
    return this[kAddress].some((r) => r.match(v));
  }

  get rules() {
    return this[kAddress].map((r) => r.rule);
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `BlockList ${inspect({ rules: this.rules }, options)}`;
  }
}

module.exports = { BlockList, SocketAddress };
