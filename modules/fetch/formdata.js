'use strict';
// internal/formdata: FormData as undici has it, its multipart/form-data
// encoding (undici's boundary and escaping) for request and response
// bodies, and the parsing of multipart and urlencoded bodies for
// Response.formData().

const { Buffer } = require('buffer');

const kEntries = Symbol('entries');

// entryValue makes a FormData value: a string, or a File (a Blob is made a
// File named 'blob', or filename).
function entryValue(method, args) {
  const [, value, filename] = args;
  if (args.length > 2 || (value !== null && typeof value === 'object' && value instanceof Blob)) {
    if (!(value instanceof Blob)) {
      throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'`);
    }
    const name = filename !== undefined ? `${filename}` : value instanceof File ? value.name : 'blob';
    if (value instanceof File && filename === undefined) return value;
    return new File([value], name, { type: value.type, lastModified: value instanceof File ? value.lastModified : undefined });
  }
  return `${value}`;
}

function need(method, args, n) {
  if (args.length < n) {
    throw new TypeError(`FormData.${method}: ${n} argument${n > 1 ? 's' : ''} required, but only ${args.length} found.`);
  }
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError(`FormData constructor: Argument 1 could not be converted to: undefined.`);
    }
    this[kEntries] = [];
  }

  append(...args) {
    need('append', args, 2);
    this[kEntries].push([`${args[0]}`, entryValue('append', args)]);
  }

  delete(...args) {
    need('delete', args, 1);
    const name = `${args[0]}`;
    this[kEntries] = this[kEntries].filter(([n]) => n !== name);
  }

  get(...args) {
    need('get', args, 1);
    const entry = this[kEntries].find(([n]) => n === `${args[0]}`);
    return entry === undefined ? null : entry[1];
  }

  getAll(...args) {
    need('getAll', args, 1);
    return this[kEntries].filter(([n]) => n === `${args[0]}`).map(([, v]) => v);
  }

  has(...args) {
    need('has', args, 1);
    return this[kEntries].some(([n]) => n === `${args[0]}`);
  }

  set(...args) {
    need('set', args, 2);
    const name = `${args[0]}`;
    const entry = [name, entryValue('set', args)];
    const at = this[kEntries].findIndex(([n]) => n === name);
    if (at < 0) {
      this[kEntries].push(entry);
      return;
    }
    this[kEntries] = this[kEntries].filter(([n], i) => n !== name || i === at);
    this[kEntries][at] = entry;
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }

  *entries() {
    for (let i = 0; i < this[kEntries].length; i++) yield [...this[kEntries][i]];
  }

  *keys() {
    for (const [name] of this.entries()) yield name;
  }

  *values() {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator]() {
    return this.entries();
  }
}
Object.defineProperty(FormData.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'FormData', configurable: true,
});

const escape = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
const crlf = (s) => s.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n');

// encode serializes form as undici does: [bytes, content type].
function encode(form) {
  const boundary = `----formdata-undici-0${`${Math.floor(Math.random() * 1e11)}`.padStart(11, '0')}`;
  const parts = [];
  for (const [name, value] of form[kEntries]) {
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="${escape(crlf(name))}"`;
    if (typeof value === 'string') {
      parts.push(Buffer.from(`${head}\r\n\r\n${crlf(value)}\r\n`));
    } else {
      parts.push(Buffer.from(`${head}; filename="${escape(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      parts.push(value);
      parts.push(Buffer.from('\r\n'));
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return [new Blob(parts), `multipart/form-data; boundary=${boundary}`];
}

// parse reads a body of the given content type into a FormData.
function parse(bytes, contentType) {
  const form = new FormData();
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') {
    for (const [name, value] of new URLSearchParams(bytes.toString('utf8'))) form.append(name, value);
    return form;
  }
  const boundary = type === 'multipart/form-data' && /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!boundary) {
    throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
  }
  const delimiter = Buffer.from(`--${boundary[1] || boundary[2]}`);
  let at = bytes.indexOf(delimiter);
  if (at < 0) throw new TypeError('Failed to parse body as FormData.');
  for (;;) {
    at += delimiter.length;
    if (bytes.toString('latin1', at, at + 2) === '--') return form;
    at += 2; // CRLF
    const headEnd = bytes.indexOf('\r\n\r\n', at);
    const next = bytes.indexOf(delimiter, at);
    if (headEnd < 0 || next < 0) throw new TypeError('Failed to parse body as FormData.');
    const headers = bytes.toString('utf8', at, headEnd);
    const content = bytes.subarray(headEnd + 4, next - 2);
    const name = /name="([^"]*)"/i.exec(headers);
    if (!name) throw new TypeError('Failed to parse body as FormData.');
    const filename = /filename="([^"]*)"/i.exec(headers);
    if (filename) {
      const partType = /content-type:\s*([^\r\n]*)/i.exec(headers);
      form.append(name[1], new File([content], filename[1], { type: partType ? partType[1] : '' }));
    } else {
      form.append(name[1], content.toString('utf8'));
    }
    at = next;
  }
}

module.exports = { FormData, encode, parse };
