'use strict';
// node's 'os' module over the Go binding internal/os.

const binding = require('internal/os');
const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE }, systemError } = require('internal/errors');

// check throws node's SystemError for a failed binding call.
function check(result) {
  if (result !== null && typeof result === 'object' && Array.isArray(result.err)) {
    const [syscall, code, errno, message] = result.err;
    throw systemError('ERR_SYSTEM_ERROR', 'A system error occurred', { errno, code, message, syscall });
  }
  return result;
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function envVar(name) {
  const v = process.env[name];
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

function uname() {
  return check(binding.uname());
}

// withPrimitive lets a getter function be used as its value in string or
// number context, as node's os functions can.
function withPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

// Node's functions carry the names of its binding calls; so do these.
function wrappedFnHost() {
  return check(binding.hostname());
}
function getOSType() {
  return uname()[0];
}
function getOSRelease() {
  return uname()[2];
}
function getOSVersion() {
  return uname()[3];
}
function getMachine() {
  return uname()[4];
}
function wrappedFnHome() {
  return envVar('HOME') || check(binding.passwd())[3];
}
function wrappedFnUptime() {
  return check(binding.uptime());
}
function getTotalMem() {
  return binding.memory()[0];
}
function getFreeMem() {
  return binding.memory()[1];
}
function getAvailableParallelism() {
  return binding.availableParallelism();
}
for (const fn of [wrappedFnHost, wrappedFnHome, wrappedFnUptime]) {
  Object.defineProperty(fn, 'name', { __proto__: null, value: 'wrappedFn' });
}

const hostname = withPrimitive(wrappedFnHost);
const type = withPrimitive(getOSType);
const release = withPrimitive(getOSRelease);
const version = withPrimitive(getOSVersion);
const machine = withPrimitive(getMachine);
const homedir = withPrimitive(wrappedFnHome);
const uptime = withPrimitive(wrappedFnUptime);
const endianness = withPrimitive(function endianness() { return binding.endianness; });
const tmpdir = withPrimitive(function tmpdir() {
  const path = envVar('TMPDIR') || envVar('TMP') || envVar('TEMP') || '/tmp';
  if (path.length > 1 && path.endsWith('/')) return path.slice(0, -1);
  return path;
});
const totalmem = withPrimitive(getTotalMem);
const freemem = withPrimitive(getFreeMem);
const arch = withPrimitive(function arch() { return process.arch; });
const platform = withPrimitive(function platform() { return process.platform; });
const availableParallelism = withPrimitive(getAvailableParallelism);

function cpus() {
  return binding.cpus();
}

function loadavg() {
  return binding.loadavg();
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const [uid, gid, username, home, shell] = check(binding.passwd());
  const asBuffer = options !== null && options.encoding === 'buffer';
  const conv = (s) => (asBuffer ? Buffer.from(s) : s);
  return { __proto__: null, uid, gid, username: conv(username), homedir: conv(home), shell: conv(shell) };
}

function networkInterfaces() {
  const out = {};
  for (const [name, address, netmask, family, mac, internal, cidr, scopeid] of check(binding.networkInterfaces())) {
    const entry = { address, netmask, family, mac, internal, cidr };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (out[name] || (out[name] = [])).push(entry);
  }
  return out;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  return check(binding.getPriority(pid));
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  check(binding.setPriority(pid, priority));
}

const constants = binding.constants;
for (const key of ['dlopen', 'errno', 'signals', 'priority']) Object.setPrototypeOf(constants[key], null);
Object.setPrototypeOf(constants, null);

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};
Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  EOL: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
