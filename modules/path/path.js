'use strict';
// POSIX implementation of node's 'path' module.

const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;

const SLASH = 47; // '/'
const DOT = 46; // '.'

function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'object', value);
  }
}

// normalizeSegments resolves '.' and '..' segments of a path without its
// leading slash. With allowAboveRoot, '..' segments that climb above the start
// are kept; otherwise they are dropped. Empty segments are collapsed.
function normalizeSegments(path, allowAboveRoot) {
  const out = [];
  let ups = 0; // number of leading '..' kept in out
  let start = 0;
  const len = path.length;
  for (let i = 0; i <= len; i++) {
    if (i < len && path.charCodeAt(i) !== SLASH) continue;
    const seg = path.slice(start, i);
    start = i + 1;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > ups) {
        out.pop();
      } else if (allowAboveRoot) {
        out.push('..');
        ups++;
      }
      continue;
    }
    out.push(seg);
  }
  return out.join('/');
}

function cwd() {
  return process.cwd();
}

function resolve(...args) {
  let resolved = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1 && !absolute; i--) {
    const p = i >= 0 ? args[i] : cwd();
    validateString(p, `paths[${i}]`);
    if (p.length === 0) continue;
    resolved = resolved.length === 0 ? p : `${p}/${resolved}`;
    absolute = p.charCodeAt(0) === SLASH;
  }
  const body = normalizeSegments(resolved, !absolute);
  if (absolute) return `/${body}`;
  return body.length > 0 ? body : '.';
}

function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = path.charCodeAt(0) === SLASH;
  const trailing = path.charCodeAt(path.length - 1) === SLASH;
  let body = normalizeSegments(path, !absolute);
  if (body.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) body += '/';
  return absolute ? `/${body}` : body;
}

function isAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === SLASH;
}

function join(...args) {
  if (args.length === 0) return '.';
  let joined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    validateString(arg, 'path');
    if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
  }
  if (joined === undefined) return '.';
  return normalize(joined);
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  const fromParts = from === '/' ? [] : from.slice(1).split('/');
  const toParts = to === '/' ? [] : to.slice(1).split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length &&
         fromParts[common] === toParts[common]) {
    common++;
  }
  const ups = [];
  for (let i = common; i < fromParts.length; i++) ups.push('..');
  return ups.concat(toParts.slice(common)).join('/');
}

function toNamespacedPath(path) {
  return path;
}

function dirname(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const hasRoot = path.charCodeAt(0) === SLASH;
  let end = -1;
  let matchedSlash = true;
  for (let i = path.length - 1; i >= 1; --i) {
    if (path.charCodeAt(i) === SLASH) {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) return hasRoot ? '/' : '.';
  if (hasRoot && end === 1) return '//';
  return path.slice(0, end);
}

// baseBounds returns [start, end) of the last path component, ignoring
// trailing slashes.
function baseBounds(path) {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === SLASH) end--;
  let start = end;
  while (start > 0 && path.charCodeAt(start - 1) !== SLASH) start--;
  return [start, end];
}

// basenameWithSuffix strips suffix from the last component. Like node, the
// suffix is matched against the characters before any trailing slashes, and
// a suffix that runs into the previous component leaves the raw tail.
function basenameWithSuffix(path, suffix) {
  if (suffix === path) return '';
  let start = 0;
  let end = -1; // end of the stripped name, once the suffix fully matched
  let nameEnd = -1; // end of the component, before trailing slashes
  let k = suffix.length - 1;
  for (let i = path.length - 1; i >= 0; i--) {
    const code = path.charCodeAt(i);
    if (code === SLASH) {
      if (nameEnd !== -1) {
        start = i + 1;
        break;
      }
      continue;
    }
    if (nameEnd === -1) nameEnd = i + 1;
    if (k < 0) continue;
    if (code === suffix.charCodeAt(k)) {
      if (--k === -1) end = i;
    } else {
      k = -1;
      end = nameEnd;
    }
  }
  if (start === end) end = nameEnd;
  else if (end === -1) end = path.length;
  return path.slice(start, end);
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    return basenameWithSuffix(path, suffix);
  }
  const [start, end] = baseBounds(path);
  return path.slice(start, end);
}

// scanExt scans the last component of path (not looking at indexes below
// stop) and returns where it starts and ends and where its extension starts
// (-1 when it has none, as node decides: a leading dot or a name of exactly
// '..' is no extension).
function scanExt(path, stop) {
  let dot = -1;
  let partStart = 0;
  let end = -1;
  let beforeDot = 0; // 0: nothing before dot, 1: only dots, -1: other chars
  for (let i = path.length - 1; i >= stop; i--) {
    const code = path.charCodeAt(i);
    if (code === SLASH) {
      if (end !== -1) {
        partStart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) end = i + 1;
    if (code === DOT) {
      if (dot === -1) dot = i;
      else if (beforeDot !== 1) beforeDot = 1;
    } else if (dot !== -1) {
      beforeDot = -1;
    }
  }
  if (dot === -1 || beforeDot === 0 ||
      (beforeDot === 1 && dot === end - 1 && dot === partStart + 1)) {
    dot = -1;
  }
  return { partStart, end, dot };
}

function extname(path) {
  validateString(path, 'path');
  const { end, dot } = scanExt(path, 0);
  return end === -1 || dot === -1 ? '' : path.slice(dot, end);
}

function format(pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext;
    base = `${pathObject.name || ''}${ext ? (ext[0] === '.' ? ext : `.${ext}`) : ''}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}/${base}`;
}

function parse(path) {
  validateString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return ret;
  const absolute = path.charCodeAt(0) === SLASH;
  if (absolute) ret.root = '/';
  const { partStart, end, dot } = scanExt(path, absolute ? 1 : 0);
  if (end !== -1) {
    const start = partStart === 0 && absolute ? 1 : partStart;
    ret.base = path.slice(start, end);
    if (dot === -1) {
      ret.name = ret.base;
    } else {
      ret.name = path.slice(start, dot);
      ret.ext = path.slice(dot, end);
    }
  }
  if (partStart > 0) ret.dir = path.slice(0, partStart - 1);
  else if (absolute) ret.dir = '/';
  return ret;
}

const posix = {
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  toNamespacedPath,
  dirname,
  basename,
  extname,
  format,
  parse,
  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: toNamespacedPath,
};
posix.posix = posix;

module.exports = posix;
