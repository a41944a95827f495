'use strict';
// node's 'querystring' module.

const { ERR_INVALID_URI } = require('internal/errors').codes;

let BufferCtor;
function getBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

// Characters left alone by escape(): A-Z a-z 0-9 - _ . ! ~ * ' ( )
const noEscape = new Int8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()") {
  noEscape[c.charCodeAt(0)] = 1;
}

const hexTable = [];
for (let i = 0; i < 256; i++) hexTable.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

// percentEncode encodes str as UTF-8, escaping every byte except those in
// noEscape. A surrogate at the end throws URIError ERR_INVALID_URI.
function percentEncode(str) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscape[c] === 1) continue;
      out += str.slice(last, i) + hexTable[c];
    } else if (c < 0x800) {
      out += str.slice(last, i) + hexTable[0xC0 | (c >> 6)] + hexTable[0x80 | (c & 0x3F)];
    } else if (c < 0xD800 || c >= 0xE000) {
      out += str.slice(last, i) + hexTable[0xE0 | (c >> 12)] +
        hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
    } else {
      // Like node, a surrogate takes the low 10 bits of whatever follows it;
      // only one at the very end is an error.
      if (i + 1 >= str.length) throw new ERR_INVALID_URI();
      const prefix = str.slice(last, i);
      i++;
      c = 0x10000 + (((c & 0x3FF) << 10) | (str.charCodeAt(i) & 0x3FF));
      out += prefix + hexTable[0xF0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3F)] +
        hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return last < str.length ? out + str.slice(last) : out;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return percentEncode(str);
}

// unescapeBuffer decodes %XX escapes (and '+' when decodeSpaces) into bytes;
// other characters are taken as single bytes, as node does.
function unescapeBuffer(s, decodeSpaces) {
  const out = getBuffer().allocUnsafe(s.length);
  let n = 0;
  let decoded = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      out[n++] = 32;
      continue;
    }
    if (c === 37 && i < s.length - 2) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hi === -1 ? -1 : hexValue(s.charCodeAt(i + 2));
      if (lo !== -1) {
        out[n++] = hi * 16 + lo;
        decoded = true;
        i += 2;
        continue;
      }
    }
    out[n++] = c;
  }
  return decoded ? out.slice(0, n) : out;
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return Number.isFinite(v) ? `${v}` : '';
    case 'bigint':
      return `${v}`;
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      return '';
  }
}

function encodeDefault(v, encode) {
  switch (typeof v) {
    case 'string':
      return v.length > 0 ? encode(v) : '';
    case 'number':
      if (!Number.isFinite(v)) return '';
      return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
    default:
      return stringifyPrimitive(v);
  }
}

function encodeCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === qsEscape ? encodeDefault : encodeCustom;
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      for (let j = 0; j < v.length; j++) {
        if (fields) fields += sep;
        fields += ks + convert(v[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v, encode);
    }
  }
  return fields;
}

function charCodes(str) {
  const codes = [];
  for (let i = 0; i < str.length; i++) codes.push(str.charCodeAt(i));
  return codes;
}

const defaultSep = [38]; // '&'
const defaultEq = [61]; // '='

function decodePart(s, decode) {
  try {
    return decode(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

function addPair(obj, key, value, keyEncoded, valueEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodePart(key, decode);
  if (value.length > 0 && valueEncoded) value = decodePart(value, decode);
  const cur = obj[key];
  if (cur === undefined) obj[key] = value;
  else if (Array.isArray(cur)) cur.push(value);
  else obj[key] = [cur, value];
}

// parse scans qs once, matching sep and eq character by character the way
// node does (a partial separator match is dropped, not re-scanned), and only
// decodes keys and values that contain a %XX escape (or any, with a custom
// decoder).
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepCodes = sep ? charCodes(String(sep)) : defaultSep;
  const eqCodes = eq ? charCodes(String(eq)) : defaultEq;
  let pairsLeft = 1000;
  if (options && typeof options.maxKeys === 'number') pairsLeft = options.maxKeys > 0 ? options.maxKeys : 0;
  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const custom = decode !== qsUnescape;
  const plus = custom ? '%20' : ' ';

  let lastPos = 0;
  let sepIdx = 0;
  let eqIdx = 0;
  let key = '';
  let value = '';
  let keyEncoded = custom;
  let valueEncoded = custom;
  // escapeRun follows a %XX escape: 1 after '%', 2 after '%X'; reaching 3
  // marks the key or value as needing decoding. Like node, one counter
  // serves both, and key characters also feed the value's tracking once the
  // key is known to be encoded.
  let escapeRun = 0;

  for (let i = 0; i < qs.length; i++) {
    const code = qs.charCodeAt(i);
    if (code === sepCodes[sepIdx]) {
      if (++sepIdx !== sepCodes.length) continue;
      const end = i - sepIdx + 1;
      if (eqIdx < eqCodes.length) {
        if (lastPos < end) {
          key += qs.slice(lastPos, end);
        } else if (key.length === 0) {
          if (--pairsLeft === 0) return obj;
          lastPos = i + 1;
          sepIdx = eqIdx = 0;
          continue;
        }
      } else if (lastPos < end) {
        value += qs.slice(lastPos, end);
      }
      addPair(obj, key, value, keyEncoded, valueEncoded, decode);
      if (--pairsLeft === 0) return obj;
      keyEncoded = valueEncoded = custom;
      key = value = '';
      escapeRun = 0;
      lastPos = i + 1;
      sepIdx = eqIdx = 0;
      continue;
    }
    sepIdx = 0;
    if (eqIdx < eqCodes.length) {
      if (code === eqCodes[eqIdx]) {
        if (++eqIdx === eqCodes.length) {
          const end = i - eqIdx + 1;
          if (lastPos < end) key += qs.slice(lastPos, end);
          escapeRun = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        if (code === 37) {
          escapeRun = 1;
          continue;
        }
        if (escapeRun > 0) {
          if (hexValue(code) !== -1) {
            if (++escapeRun === 3) keyEncoded = true;
            continue;
          }
          escapeRun = 0;
        }
      }
      if (code === 43) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += plus;
        lastPos = i + 1;
        continue;
      }
    }
    if (code === 43) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += plus;
      lastPos = i + 1;
    } else if (!valueEncoded) {
      if (code === 37) {
        escapeRun = 1;
      } else if (escapeRun > 0) {
        if (hexValue(code) === -1) escapeRun = 0;
        else if (++escapeRun === 3) valueEncoded = true;
      }
    }
  }

  if (lastPos < qs.length) {
    if (eqIdx < eqCodes.length) key += qs.slice(lastPos);
    else if (sepIdx < sepCodes.length) value += qs.slice(lastPos);
  } else if (eqIdx === 0 && key.length === 0) {
    return obj;
  }
  addPair(obj, key, value, keyEncoded, valueEncoded, decode);
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
