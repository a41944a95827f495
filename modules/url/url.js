'use strict';
// node's 'url' module: WHATWG URL and URLSearchParams over the Go parser
// (internal/url), and the legacy url.parse/format/resolve API.

const binding = require('internal/url');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_URL, ERR_INVALID_URL_SCHEME,
  ERR_INVALID_FILE_URL_PATH, ERR_INVALID_FILE_URL_HOST, ERR_MISSING_ARGS, ERR_INVALID_THIS,
  ERR_INVALID_TUPLE, ERR_ARG_NOT_ITERABLE,
} = require('internal/errors').codes;

const customInspect = Symbol.for('nodejs.util.inspect.custom');

// Indexes into the component arrays of the binding (binding.go).
const HREF = 0;
const PROTOCOL = 1;
const USERNAME = 2;
const PASSWORD = 3;
const HOSTNAME = 4;
const PORT = 5;
const PATHNAME = 6;
const SEARCH = 7;
const HASH = 8;
const ORIGIN = 9;

const surrogateRe = /[\uD800-\uDFFF]/;

// toUSVString converts value to a string with lone surrogates replaced by
// U+FFFD.
function toUSVString(value) {
  const s = `${value}`;
  if (!surrogateRe.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        out += s[i] + s[i + 1];
        i++;
        continue;
      }
    }
    out += c >= 0xD800 && c <= 0xDFFF ? '\uFFFD' : s[i];
  }
  return out;
}

// ---- URLSearchParams ----

const kList = Symbol('query');
const kURL = Symbol('context');

function isURLSearchParams(v) {
  return v !== null && typeof v === 'object' && Array.isArray(v[kList]);
}

function checkParams(self) {
  if (!isURLSearchParams(self)) throw new ERR_INVALID_THIS('URLSearchParams');
}

class URLSearchParams {
  constructor(init = undefined) {
    this[kList] = [];
    this[kURL] = null;
    if (init === undefined || init === null) {
      // empty
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && isURLSearchParams(init)) {
        this[kList] = init[kList].slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if (pair == null || typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [...pair];
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this[kList].push(toUSVString(items[0]), toUSVString(items[1]));
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (!Object.prototype.propertyIsEnumerable.call(init, key)) continue;
          this[kList].push(toUSVString(key), toUSVString(init[key]));
        }
      }
    } else {
      let s = toUSVString(init);
      if (s[0] === '?') s = s.slice(1);
      this[kList] = binding.parseParams(s);
    }
  }

  get size() {
    checkParams(this);
    return this[kList].length / 2;
  }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this[kList].push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length;) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) list.splice(i, 2);
      else i += 2;
    }
    this.#update();
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    const out = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) out.push(list[i + 1]);
    }
    return out;
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this[kList];
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] !== name) {
        i += 2;
      } else if (!found) {
        list[i + 1] = value;
        found = true;
        i += 2;
      } else {
        list.splice(i, 2);
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    checkParams(this);
    const list = this[kList];
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1], i]);
    // Stable, by UTF-16 code units.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2] - b[2]));
    this[kList] = pairs.flatMap((p) => [p[0], p[1]]);
    this.#update();
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    let list = this[kList];
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this[kList];
    }
  }

  entries() {
    checkParams(this);
    return createIterator(this, 'key+value');
  }

  keys() {
    checkParams(this);
    return createIterator(this, 'key');
  }

  values() {
    checkParams(this);
    return createIterator(this, 'value');
  }

  toString() {
    checkParams(this);
    return binding.serializeParams(this[kList]);
  }

  #update() {
    const url = this[kURL];
    if (url) url[kSetQuery](this.toString());
  }

  [customInspect](depth, options, inspect) {
    if (!isURLSearchParams(this)) return this;
    if (typeof depth === 'number' && depth < 0) return '[Object]';
    const list = this[kList];
    const parts = [];
    const fmt = typeof inspect === 'function' ? (v) => inspect(v, options) : (v) => `'${v}'`;
    for (let i = 0; i < list.length; i += 2) parts.push(`${fmt(list[i])} => ${fmt(list[i + 1])}`);
    return parts.length === 0 ? 'URLSearchParams {}' : `URLSearchParams { ${parts.join(', ')} }`;
  }
}

URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'URLSearchParams', configurable: true,
});
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values',
  'toString', 'size']) {
  Object.defineProperty(URLSearchParams.prototype, name, { __proto__: null, enumerable: true });
}

const iteratorProto = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
  next: {
    __proto__: null,
    writable: true,
    enumerable: true,
    configurable: true,
    value: function next() {
      const state = this[kState];
      if (!state) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      const list = state.target[kList];
      if (state.index >= list.length) return { value: undefined, done: true };
      const i = state.index;
      state.index += 2;
      switch (state.kind) {
        case 'key': return { value: list[i], done: false };
        case 'value': return { value: list[i + 1], done: false };
        default: return { value: [list[i], list[i + 1]], done: false };
      }
    },
  },
  [Symbol.toStringTag]: { __proto__: null, value: 'URLSearchParams Iterator', configurable: true },
});
const kState = Symbol('state');

function createIterator(target, kind) {
  const it = Object.create(iteratorProto);
  it[kState] = { target, kind, index: 0 };
  return it;
}

// ---- URL ----

const kSetQuery = Symbol('setQuery');

// isURL recognises URL objects the way node does (by shape), so that URL
// look-alikes from other realms or libraries work too.
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

class URL {
  #c;
  #searchParams;

  constructor(input = undefined, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const c = binding.parse(input, base);
    if (c === null) {
      const err = new ERR_INVALID_URL();
      err.input = input;
      if (base !== undefined) err.base = base;
      throw err;
    }
    this.#c = c;
  }

  static canParse(url = undefined, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    return binding.canParse(toUSVString(url), base === undefined ? undefined : toUSVString(base));
  }

  static parse(url = undefined, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return new URL(url, base);
    } catch {
      return null;
    }
  }

  #set(field, value) {
    const c = binding.update(this.#c[HREF], field, toUSVString(value));
    if (c === null) {
      const err = new ERR_INVALID_URL();
      err.input = toUSVString(value);
      throw err;
    }
    this.#c = c;
    if ((field === 'href' || field === 'search') && this.#searchParams) {
      this.#searchParams[kList] = binding.parseParams(c[SEARCH].slice(1));
    }
  }

  [kSetQuery](query) {
    this.#set('search', query);
  }

  toString() {
    return this.#c[HREF];
  }

  get href() {
    return this.#c[HREF];
  }

  set href(value) {
    this.#set('href', value);
  }

  get origin() {
    return this.#c[ORIGIN];
  }

  get protocol() {
    return this.#c[PROTOCOL];
  }

  set protocol(value) {
    this.#set('protocol', value);
  }

  get username() {
    return this.#c[USERNAME];
  }

  set username(value) {
    this.#set('username', value);
  }

  get password() {
    return this.#c[PASSWORD];
  }

  set password(value) {
    this.#set('password', value);
  }

  get host() {
    const c = this.#c;
    return c[PORT] === '' ? c[HOSTNAME] : `${c[HOSTNAME]}:${c[PORT]}`;
  }

  set host(value) {
    this.#set('host', value);
  }

  get hostname() {
    return this.#c[HOSTNAME];
  }

  set hostname(value) {
    this.#set('hostname', value);
  }

  get port() {
    return this.#c[PORT];
  }

  set port(value) {
    this.#set('port', value);
  }

  get pathname() {
    return this.#c[PATHNAME];
  }

  set pathname(value) {
    this.#set('pathname', value);
  }

  get search() {
    return this.#c[SEARCH];
  }

  set search(value) {
    this.#set('search', value);
  }

  get searchParams() {
    if (this.#searchParams == null) {
      const params = new URLSearchParams(this.#c[SEARCH]);
      params[kURL] = this;
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    return this.#c[HASH];
  }

  set hash(value) {
    this.#set('hash', value);
  }

  toJSON() {
    return this.#c[HREF];
  }

  [customInspect](depth, opts, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href, origin: this.origin, protocol: this.protocol, username: this.username,
      password: this.password, host: this.host, hostname: this.hostname, port: this.port,
      pathname: this.pathname, search: this.search, searchParams: this.searchParams, hash: this.hash,
    };
    const name = (this.constructor && this.constructor.name) || 'URL';
    if (typeof inspect !== 'function') return `${name} ${JSON.stringify(obj)}`;
    return `${name} ${inspect(obj, opts)}`;
  }

  static createObjectURL() {
    throw new ERR_INVALID_ARG_VALUE('obj', undefined, 'must be a Blob');
  }

  static revokeObjectURL() {}
}

for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { __proto__: null, value: 'URL', configurable: true });

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

// ---- file URLs ----

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (path.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = path.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function encodePathChars(filepath) {
  return filepath.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D').replace(/\t/g, '%09');
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  const path = require('path');
  let resolved = path.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 47 && resolved[resolved.length - 1] !== '/') resolved += '/';
  const out = new URL('file://');
  out.pathname = encodePathChars(resolved);
  return out;
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

// ---- legacy API ----

const legacy = require('internal/url_legacy');
legacy.setup({ isURL, formatURL: binding.format, domainToASCII: binding.domainToASCII });

module.exports = {
  Url: legacy.Url,
  parse: legacy.urlParse,
  resolve: legacy.urlResolve,
  resolveObject: legacy.urlResolveObject,
  format: legacy.urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
