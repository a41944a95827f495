'use strict';
// fetch and its classes (Headers, Request, Response) as node 20 has them
// from undici, over gonode's http and https clients: the same request
// headers in the same order, redirects, decompression, AbortSignal, data:
// URLs, and undici's errors. A body is kept as bytes, a node stream or a
// web ReadableStream, and becomes a ReadableStream only when .body is read.

const { Buffer } = require('buffer');
const { inspect } = require('util');

function formdata() {
  return require('internal/formdata');
}

const kHeaders = Symbol('headers');
const kGuard = Symbol('guard');
const kBody = Symbol('body');
const kState = Symbol('state');

const tokenRE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const badValueRE = /[\0\r\n]/;

function normalizeValue(value) {
  return `${value}`.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

// HeaderList keeps each header's values under its lower-cased name, with
// the name as first given (it is sent so).
class HeaderList {
  constructor() {
    this.map = new Map();
  }

  append(name, value) {
    const key = name.toLowerCase();
    const entry = this.map.get(key);
    if (entry) entry.values.push(value);
    else this.map.set(key, { name, values: [value] });
  }

  set(name, value) {
    this.map.set(name.toLowerCase(), { name, values: [value] });
  }

  get(name) {
    const entry = this.map.get(name.toLowerCase());
    if (!entry) return null;
    return entry.values.join(name.toLowerCase() === 'cookie' ? '; ' : ', ');
  }

  // sorted is the list as Headers iterates it: by name, set-cookie values
  // apart.
  sorted() {
    const out = [];
    for (const key of [...this.map.keys()].sort()) {
      const { values } = this.map.get(key);
      if (key === 'set-cookie') {
        for (const v of values) out.push([key, v]);
      } else {
        out.push([key, this.get(key)]);
      }
    }
    return out;
  }

  // raw lists [name, value] pairs as sent on the wire.
  raw() {
    const out = [];
    for (const { name, values } of this.map.values()) {
      if (name.toLowerCase() === 'set-cookie') {
        for (const v of values) out.push([name, v]);
      } else {
        out.push([name, this.get(name)]);
      }
    }
    return out;
  }
}

function checkHeader(method, name, value) {
  if (!tokenRE.test(name)) throw new TypeError(`Headers.${method}: "${name}" is an invalid header name.`);
  if (badValueRE.test(value)) throw new TypeError(`Headers.${method}: "${value}" is an invalid header value.`);
}

function checkMutable(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

function fillHeaders(headers, init) {
  if (init === undefined || init === null) {
    if (init === null) throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
    return;
  }
  if (typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (init instanceof Headers) {
    for (const [name, value] of init[kHeaders].raw()) headers.append(name, value);
    return;
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      const entry = typeof pair === 'string' ? pair : [...pair];
      if (entry.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${entry.length}.`);
      }
      headers.append(entry[0], entry[1]);
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    if (typeof key === 'symbol') {
      throw new TypeError('Headers constructor: Key Symbol() in init is a symbol, which cannot be converted to a ByteString.');
    }
    headers.append(key, init[key]);
  }
}

class Headers {
  constructor(init = undefined) {
    this[kHeaders] = new HeaderList();
    this[kGuard] = 'none';
    fillHeaders(this, init);
  }

  append(name, value) {
    name = `${name}`;
    value = normalizeValue(value);
    checkHeader('append', name, value);
    checkMutable(this);
    this[kHeaders].append(name, value);
  }

  delete(name) {
    name = `${name}`;
    if (!tokenRE.test(name)) throw new TypeError(`Headers.delete: "${name}" is an invalid header name.`);
    checkMutable(this);
    this[kHeaders].map.delete(name.toLowerCase());
  }

  get(name) {
    name = `${name}`;
    if (!tokenRE.test(name)) throw new TypeError(`Headers.get: "${name}" is an invalid header name.`);
    return this[kHeaders].get(name);
  }

  getSetCookie() {
    const entry = this[kHeaders].map.get('set-cookie');
    return entry ? [...entry.values] : [];
  }

  has(name) {
    name = `${name}`;
    if (!tokenRE.test(name)) throw new TypeError(`Headers.has: "${name}" is an invalid header name.`);
    return this[kHeaders].map.has(name.toLowerCase());
  }

  set(name, value) {
    name = `${name}`;
    value = normalizeValue(value);
    checkHeader('set', name, value);
    checkMutable(this);
    this[kHeaders].set(name, value);
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("Headers.forEach: Argument 1 could not be converted to: Function.");
    }
    for (const [key, value] of this[kHeaders].sorted()) callback.call(thisArg, value, key, this);
  }

  keys() {
    return iterate(this, 'key');
  }

  values() {
    return iterate(this, 'value');
  }

  entries() {
    return iterate(this, 'key+value');
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  [inspect.custom](depth, options) {
    return `Headers ${inspect(Object.fromEntries(this[kHeaders].sorted()), options)}`;
  }
}
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { __proto__: null, value: 'Headers', configurable: true });

const HeadersIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
  [Symbol.toStringTag]: { __proto__: null, value: 'Headers Iterator', configurable: true },
});

function iterate(headers, kind) {
  let index = 0;
  const it = Object.create(HeadersIteratorPrototype);
  it.next = function next() {
    const list = headers[kHeaders].sorted();
    if (index >= list.length) return { value: undefined, done: true };
    const [key, value] = list[index++];
    return { value: kind === 'key' ? key : kind === 'value' ? value : [key, value], done: false };
  };
  return it;
}

// Bodies.

function isReadableStream(v) {
  return v !== null && typeof v === 'object' && typeof v.getReader === 'function' && typeof v.tee === 'function';
}

// extractBody turns a request or response body into [source, type]: the
// source is bytes (a Buffer) or a ReadableStream.
function extractBody(body) {
  if (typeof body === 'string') return [Buffer.from(body), 'text/plain;charset=UTF-8'];
  if (body instanceof URLSearchParams) return [Buffer.from(body.toString()), 'application/x-www-form-urlencoded;charset=UTF-8'];
  if (body instanceof ArrayBuffer) return [Buffer.from(body.slice(0)), null];
  if (ArrayBuffer.isView(body)) return [Buffer.from(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)), null];
  if (body instanceof Blob) return [body, body.type || null];
  if (body instanceof FormData) return formdata().encode(body);
  if (isReadableStream(body)) return [body, null];
  return [Buffer.from(`${body}`), 'text/plain;charset=UTF-8'];
}

// BodyState is a body: bytes, a Blob, a node Readable (a response being
// received) or a web ReadableStream, and whether it has been read.
class BodyState {
  constructor(source) {
    this.source = source;
    this.stream = null;
    this.used = false; // read, or its stream read or cancelled
  }

  // webStream is the body as a ReadableStream, made on first need. One
  // made here is pulled only by reads (a high-water mark of 0), so that a
  // read or a cancel marks the body used.
  webStream() {
    if (this.stream !== null) return this.stream;
    const { source } = this;
    this.source = null;
    if (isReadableStream(source)) {
      this.stream = source;
      return source;
    }
    if (source instanceof Blob) {
      this.stream = source.stream();
      return this.stream;
    }
    let next;
    if (Buffer.isBuffer(source)) {
      let sent = false;
      next = async () => {
        const done = sent;
        sent = true;
        return { done: done || source.length === 0, value: source };
      };
    } else {
      const iterator = source[Symbol.asyncIterator]();
      next = () => iterator.next();
    }
    this.stream = new ReadableStream({
      pull: async (controller) => {
        this.used = true;
        const { value, done } = await next();
        if (done) controller.close();
        else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      },
      cancel: (reason) => {
        this.used = true;
        if (!Buffer.isBuffer(source)) source.destroy(reason instanceof Error ? reason : undefined);
      },
    }, { highWaterMark: 0 });
    return this.stream;
  }
}

// consume reads a whole body.
async function consume(object) {
  const state = object[kBody];
  if (state === null) return Buffer.alloc(0);
  if (state.used || (state.stream !== null && state.stream.locked)) {
    throw new TypeError('Body is unusable: Body has already been read');
  }
  state.used = true;
  const { source } = state;
  if (state.stream === null) {
    if (Buffer.isBuffer(source)) return source;
    if (source instanceof Blob) return Buffer.from(await source.arrayBuffer());
    if (!isReadableStream(source)) {
      const chunks = [];
      const iterator = source[Symbol.asyncIterator]();
      for (;;) {
        const { value, done } = await iterator.next();
        if (done) return Buffer.concat(chunks);
        chunks.push(value);
      }
    }
  }
  const reader = state.webStream().getReader();
  const chunks = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return Buffer.concat(chunks);
    if (!(value instanceof Uint8Array)) {
      throw new TypeError('Received non-Uint8Array chunk');
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
}

function contentType(object) {
  return object[kHeaders].get('content-type') || '';
}

const bodyMethods = {
  get body() {
    return this[kBody] === null ? null : this[kBody].webStream();
  },
  get bodyUsed() {
    return this[kBody] !== null && this[kBody].used;
  },
  async arrayBuffer() {
    const bytes = await consume(this);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
  },
  async text() {
    return (await consume(this)).toString('utf8');
  },
  async json() {
    return JSON.parse((await consume(this)).toString('utf8'));
  },
  async blob() {
    const bytes = await consume(this);
    const type = contentType(this);
    return new Blob([bytes], { type: /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '' });
  },
  async formData() {
    return formdata().parse(await consume(this), contentType(this));
  },
};

function mixBody(cls) {
  for (const name of Object.keys(bodyMethods)) {
    Object.defineProperty(cls.prototype, name, {
      __proto__: null, ...Object.getOwnPropertyDescriptor(bodyMethods, name), enumerable: true,
    });
  }
}

// cloneBody gives object's body to a clone as well, teeing a stream.
function cloneBody(state) {
  if (state === null) return null;
  if (state.used) throw new TypeError('Response.clone: Body has already been consumed.');
  if (state.stream === null && (Buffer.isBuffer(state.source) || (state.source instanceof Blob))) {
    return new BodyState(state.source);
  }
  const [a, b] = state.webStream().tee();
  state.stream = a;
  return new BodyState(b);
}

// Request.

const methods = new Map(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'].map((m) => [m.toLowerCase(), m]));

function parseURL(input) {
  try {
    return new URL(`${input}`);
  } catch (err) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
  }
}

class Request {
  constructor(input, init = {}) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to construct 'Request': 1 argument required, but only 0 present.");
    }
    if (init === null || (typeof init !== 'object' && typeof init !== 'function')) init = {};
    let base;
    if (input instanceof Request) {
      base = input[kState];
    } else {
      const url = parseURL(input);
      if (url.username || url.password) {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      base = { url, method: 'GET', headers: null, redirect: 'follow', signal: null, body: null };
    }
    let method = base.method;
    if (init.method !== undefined) {
      method = `${init.method}`;
      if (!tokenRE.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const upper = method.toUpperCase();
      if (upper === 'CONNECT' || upper === 'TRACE' || upper === 'TRACK') {
        throw new TypeError(`'${method}' HTTP method is unsupported.`);
      }
      method = methods.get(method.toLowerCase()) || method;
    }
    const redirect = init.redirect !== undefined ? `${init.redirect}` : base.redirect;
    if (!['follow', 'error', 'manual'].includes(redirect)) {
      throw new TypeError(`Request constructor: ${redirect} is not an accepted type. Expected one of follow, manual, error.`);
    }
    const signal = init.signal !== undefined ? init.signal : base.signal;
    if (signal !== null && signal !== undefined && !(signal instanceof AbortSignal)) {
      throw new TypeError("Request constructor: Expected signal (\"" + inspect(signal) + "\") to be an instance of AbortSignal.");
    }
    this[kHeaders] = new Headers(init.headers !== undefined ? init.headers : base.headers ?? undefined);
    let body = base.body;
    if (init.body !== undefined && init.body !== null) {
      if (method === 'GET' || method === 'HEAD') throw new TypeError('Request with GET/HEAD method cannot have body.');
      const [source, type] = extractBody(init.body);
      if (isReadableStream(source) && init.duplex !== 'half') {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      body = new BodyState(source);
      if (type !== null && !this[kHeaders].has('content-type')) this[kHeaders].append('content-type', type);
    } else if (input instanceof Request && body !== null) {
      if (body.used) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      body = cloneBody(body);
    }
    this[kBody] = body;
    this[kState] = { url: base.url, method, redirect, signal: signal || new AbortController().signal, body, headers: this[kHeaders] };
  }

  get method() {
    return this[kState].method;
  }

  get url() {
    return this[kState].url.href;
  }

  get headers() {
    return this[kHeaders];
  }

  get redirect() {
    return this[kState].redirect;
  }

  get signal() {
    return this[kState].signal;
  }

  get destination() {
    return '';
  }

  get referrer() {
    return 'about:client';
  }

  get referrerPolicy() {
    return '';
  }

  get mode() {
    return 'cors';
  }

  get credentials() {
    return 'same-origin';
  }

  get cache() {
    return 'default';
  }

  get integrity() {
    return '';
  }

  get keepalive() {
    return false;
  }

  get duplex() {
    return 'half';
  }

  clone() {
    if (this.bodyUsed) throw new TypeError('Request.clone: Body has already been consumed.');
    const copy = new Request(this);
    return copy;
  }
}
mixBody(Request);
Object.defineProperty(Request.prototype, Symbol.toStringTag, { __proto__: null, value: 'Request', configurable: true });

// Response.

const nullBodyStatus = new Set([101, 103, 204, 205, 304]);
const redirectStatus = new Set([301, 302, 303, 307, 308]);

function initResponse(response, init, body) {
  if (init === null || init === undefined) init = {};
  const status = init.status !== undefined ? Number(init.status) : 200;
  if (!(status >= 200 && status <= 599)) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  const statusText = init.statusText !== undefined ? `${init.statusText}` : '';
  response[kHeaders] = new Headers(init.headers);
  response[kState] = { type: 'default', status, statusText, urls: [] };
  response[kBody] = null;
  if (body !== null && body !== undefined) {
    if (nullBodyStatus.has(status)) throw new TypeError(`Response constructor: Invalid response status code ${status}`);
    const [source, type] = extractBody(body);
    response[kBody] = new BodyState(source);
    if (type !== null && !response[kHeaders].has('content-type')) response[kHeaders].append('content-type', type);
  }
}

class Response {
  constructor(body = null, init = undefined) {
    initResponse(this, init, body);
  }

  static error() {
    const r = new Response();
    r[kState] = { type: 'error', status: 0, statusText: '', urls: [] };
    r[kHeaders][kGuard] = 'immutable';
    return r;
  }

  static json(data, init = undefined) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const r = new Response(text, init);
    r[kHeaders].set('content-type', 'application/json');
    return r;
  }

  static redirect(url, status = 302) {
    const parsed = parseURL(url);
    if (!redirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = new Response(null, { status });
    r[kHeaders].set('location', parsed.href);
    r[kHeaders][kGuard] = 'immutable';
    return r;
  }

  get type() {
    return this[kState].type;
  }

  get url() {
    const { urls } = this[kState];
    return urls.length === 0 ? '' : urls[urls.length - 1].href.replace(/#.*$/, '');
  }

  get redirected() {
    return this[kState].urls.length > 1;
  }

  get status() {
    return this[kState].status;
  }

  get ok() {
    return this[kState].status >= 200 && this[kState].status <= 299;
  }

  get statusText() {
    return this[kState].statusText;
  }

  get headers() {
    return this[kHeaders];
  }

  clone() {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    const copy = Object.create(Response.prototype);
    copy[kState] = { ...this[kState], urls: [...this[kState].urls] };
    copy[kHeaders] = new Headers(this[kHeaders]);
    copy[kHeaders][kGuard] = this[kHeaders][kGuard];
    copy[kBody] = cloneBody(this[kBody]);
    return copy;
  }
}
mixBody(Response);
Object.defineProperty(Response.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Response', configurable: true,
});

// fetch.

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

function abortReason(signal) {
  return signal.reason !== undefined ? signal.reason : new DOMException('This operation was aborted', 'AbortError');
}

// Ports fetch refuses to connect to (the fetch standard's bad ports).
const badPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101,
  102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513,
  514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);

let agents;

function agentFor(protocol) {
  agents ??= {
    'http:': new (require('http').Agent)({ keepAlive: true }),
    'https:': new (require('https').Agent)({ keepAlive: true }),
  };
  return agents[protocol];
}

function fetch(input, init = undefined) {
  return new Promise((resolve, reject) => {
    const request = new Request(input, init);
    const state = request[kState];
    const { signal } = state;
    if (signal.aborted) {
      reject(abortReason(signal));
      return;
    }
    let current = null; // the http request in flight
    let settled = false;
    const onAbort = () => {
      if (current !== null) current.destroy();
      if (!settled) {
        settled = true;
        reject(abortReason(signal));
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const fail = (err) => {
      signal.removeEventListener('abort', onAbort);
      if (!settled) {
        settled = true;
        reject(err);
      }
    };
    const done = (response) => {
      settled = true;
      resolve(response);
    };
    const urls = [state.url];
    let method = state.method;
    let body = state.body;
    let payload = null; // the body's bytes, read once and sent again on a redirect
    const headers = new Headers(state.headers);

    const step = async () => {
      const url = urls[urls.length - 1];
      if (url.protocol === 'data:') {
        try {
          done(dataResponse(url, urls));
        } catch (err) {
          fail(err);
        }
        return;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        fail(fetchFailed(new Error(url.protocol === 'about:' || url.protocol === 'blob:' ? 'not implemented... yet...' : 'unknown scheme')));
        return;
      }
      const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
      if (badPorts.has(port)) {
        fail(fetchFailed(new Error('bad port')));
        return;
      }
      // A stream body is sent as it comes (chunked), other bodies whole.
      const streamed = body !== null && isReadableStream(body.source) && body.stream === null;
      if (body !== null && payload === null && !streamed) {
        try {
          payload = await consume({ [kBody]: body });
        } catch (err) {
          fail(fetchFailed(err));
          return;
        }
      }
      const connection = method === 'HEAD' ? 'close' : 'keep-alive';
      const raw = [['host', url.host], ['connection', connection], ...headers[kHeaders].raw()];
      const has = (name) => headers[kHeaders].map.has(name);
      if (!has('accept')) raw.push(['accept', '*/*']);
      if (!has('accept-language')) raw.push(['accept-language', '*']);
      if (!has('sec-fetch-mode')) raw.push(['sec-fetch-mode', 'cors']);
      if (!has('user-agent')) raw.push(['user-agent', 'node']);
      if (!has('accept-encoding')) raw.push(['accept-encoding', url.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate']);
      if (payload !== null && !has('content-length')) raw.push(['content-length', `${payload.length}`]);
      const mod = require(url.protocol === 'https:' ? 'https' : 'http');
      const req = mod.request({
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port,
        path: url.pathname + url.search,
        method,
        headers: raw.flat(),
        setHost: false,
        agent: agentFor(url.protocol),
      });
      current = req;
      req.on('error', (err) => fail(fetchFailed(err)));
      req.on('response', (res) => {
        current = null;
        const status = res.statusCode;
        const location = res.headers.location;
        if (redirectStatus.has(status) && location !== undefined && state.redirect !== 'manual') {
          res.resume();
          if (state.redirect === 'error') {
            fail(fetchFailed(new Error('unexpected redirect')));
            return;
          }
          if (urls.length > 20) {
            fail(fetchFailed(new Error('redirect count exceeded')));
            return;
          }
          let next;
          try {
            next = new URL(location, url);
          } catch (err) {
            fail(fetchFailed(err));
            return;
          }
          if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
            method = 'GET';
            body = null;
            payload = null;
            for (const name of ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length']) {
              headers[kHeaders].map.delete(name);
            }
          } else if (body !== null && payload === null) {
            fail(fetchFailed(new TypeError('Cannot follow redirect with a streamed body')));
            return;
          }
          if (next.origin !== url.origin) {
            for (const name of ['authorization', 'cookie', 'proxy-authorization', 'host']) headers[kHeaders].map.delete(name);
          }
          urls.push(next);
          step();
          return;
        }
        signal.removeEventListener('abort', onAbort);
        done(makeResponse(res, urls, method, signal));
      });
      if (streamed) sendStream(req, body, fail);
      else if (payload !== null) req.end(payload);
      else req.end();
    };
    step();
  });
}

// sendStream writes a ReadableStream request body as its chunks come.
async function sendStream(req, body, fail) {
  body.used = true;
  const reader = body.source.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
      if (!req.write(value)) await new Promise((resolve) => req.once('drain', resolve));
    }
    req.end();
  } catch (err) {
    req.destroy();
    fail(fetchFailed(err));
  }
}

// makeResponse wraps a received response, decoding its content-encoding.
function makeResponse(res, urls, method, signal) {
  const response = Object.create(Response.prototype);
  const headers = new Headers();
  for (let i = 0; i < res.rawHeaders.length; i += 2) headers[kHeaders].append(res.rawHeaders[i], res.rawHeaders[i + 1]);
  headers[kGuard] = 'immutable';
  response[kHeaders] = headers;
  response[kState] = { type: 'basic', status: res.statusCode, statusText: res.statusMessage || '', urls: [...urls] };
  let source = res;
  const coding = (res.headers['content-encoding'] || '').trim().toLowerCase();
  if (method !== 'HEAD' && !nullBodyStatus.has(res.statusCode)) {
    const zlib = coding === 'gzip' || coding === 'x-gzip' || coding === 'deflate' || coding === 'br' ? require('zlib') : null;
    if (zlib !== null) {
      const { Z_SYNC_FLUSH, BROTLI_OPERATION_FLUSH } = zlib.constants;
      let decoder;
      if (coding === 'deflate') decoder = zlib.createInflate();
      else if (coding === 'br') decoder = zlib.createBrotliDecompress({ flush: BROTLI_OPERATION_FLUSH, finishFlush: BROTLI_OPERATION_FLUSH });
      else decoder = zlib.createGunzip({ flush: Z_SYNC_FLUSH });
      res.on('error', (err) => decoder.destroy(err));
      source = res.pipe(decoder);
    }
    // (undici's text for an abort once the body is coming)
    const onAbort = () => source.destroy(new DOMException('The operation was aborted.', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    source.on('close', () => signal.removeEventListener('abort', onAbort));
    response[kBody] = new BodyState(source);
  } else {
    res.resume();
    response[kBody] = null;
  }
  return response;
}

// dataResponse is the response to a data: URL.
function dataResponse(url, urls) {
  const text = url.href.slice(5).replace(/#.*$/, '');
  const comma = text.indexOf(',');
  if (comma < 0) throw fetchFailed(new Error('invalid data: URL'));
  let type = text.slice(0, comma).trim();
  let data = decodeURIComponent(text.slice(comma + 1));
  let bytes;
  if (/;\s*base64$/i.test(type)) {
    type = type.replace(/;\s*base64$/i, '');
    bytes = Buffer.from(data.replace(/\s/g, ''), 'base64');
  } else {
    bytes = Buffer.from(unescape(encodeURIComponent(data)), 'latin1');
  }
  if (type === '' || type.startsWith(';')) type = `text/plain${type || ';charset=US-ASCII'}`;
  const response = new Response(bytes, { status: 200, statusText: 'OK', headers: { 'content-type': type } });
  response[kState].type = 'basic';
  response[kState].urls = [...urls];
  response[kHeaders][kGuard] = 'immutable';
  return response;
}

module.exports = { fetch, Headers, Request, Response };
