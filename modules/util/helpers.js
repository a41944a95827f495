// Introspection helpers for the Go inspector (modules/util). Evaluated once per
// VM; the returned object captures intrinsics before user code can replace
// them. Everything here is what goja's Go API cannot answer directly.
(function () {
  'use strict';
  const gopd = Object.getOwnPropertyDescriptor;
  const gops = Object.getOwnPropertySymbols;
  const gopn = Object.getOwnPropertyNames;
  const keys = Object.keys;
  const getProto = Object.getPrototypeOf;
  const apply = Reflect.apply;
  const mapEntries = Map.prototype.entries;
  const mapSize = gopd(Map.prototype, 'size').get;
  const setValues = Set.prototype.values;
  const setSize = gopd(Set.prototype, 'size').get;
  const weakMapHas = WeakMap.prototype.has;
  const weakSetHas = WeakSet.prototype.has;
  const dataViewByteLength = gopd(DataView.prototype, 'byteLength').get;
  const typedArrayTag = gopd(getProto(Uint8Array.prototype), Symbol.toStringTag).get;
  const fnToString = Function.prototype.toString;
  const numberValueOf = Number.prototype.valueOf;
  const stringValueOf = String.prototype.valueOf;
  const booleanValueOf = Boolean.prototype.valueOf;
  const symbolValueOf = Symbol.prototype.valueOf;
  const bigintValueOf = BigInt.prototype.valueOf;
  const errorToString = Error.prototype.toString;
  const dateToString = Date.prototype.toString;
  const regExpToString = RegExp.prototype.toString;
  const regExpFlags = [['hasIndices', 'd'], ['global', 'g'], ['ignoreCase', 'i'], ['multiline', 'm'],
    ['dotAll', 's'], ['unicode', 'u'], ['unicodeSets', 'v'], ['sticky', 'y']];
  const mapIterProto = getProto(new Map()[Symbol.iterator]());
  const setIterProto = getProto(new Set()[Symbol.iterator]());
  const numberRE = /^(0|[1-9][0-9]*)$/;
  const min = Math.min;
  const JSONStringify = JSON.stringify;
  let circularMessage;
  const firstLine = (err) => String(err.message).split('\n', 1)[0];

  // collect adds to out (with push) what iterating iterable gives, at
  // most limit values, stopping as node's for-of loops do, and returns out.
  function collect(out, iterable, limit, push) {
    let i = 0;
    for (const v of iterable) {
      if (i >= limit) break;
      push(out, v);
      i++;
    }
    return out;
  }

  function inChain(o, proto) {
    for (let p = getProto(o); p !== null; p = getProto(p)) {
      if (p === proto) return true;
    }
    return false;
  }

  function hasBrand(o, method, arg) {
    try {
      apply(method, o, [arg]);
      return true;
    } catch {
      return false;
    }
  }

  return {
    // Own property descriptor or undefined.
    desc: gopd,
    symbols: gops,
    // Own non-index keys of an array-like, optionally including hidden ones.
    nonIndexKeys(o, all) {
      const ks = all ? gopn(o) : keys(o);
      const out = [];
      for (let i = 0; i < ks.length; i++) {
        const k = ks[i];
        if (numberRE.exec(k) === null || +k > 4294967294) out.push(k);
      }
      return out;
    },
    // Own index keys at or above from, at most max of them, in order.
    indexKeys(o, from, max) {
      const ks = keys(o);
      const out = [];
      for (let i = 0; i < ks.length && out.length < max; i++) {
        const k = ks[i];
        if (numberRE.exec(k) === null) break;
        if (+k >= from) out.push(+k);
      }
      return out;
    },
    // [size, remaining, k0, v0, k1, v1, ...] as node's formatMap has them:
    // size is m's own (for the prefix); the entries are what iterating m
    // gives, at most min(max, m.size), and remaining is how many of m.size
    // that leaves out (a subclass may override both). With own (m has no
    // prototype to iterate by) they are all of m's own entries: node's
    // limit is then NaN, which stops nothing.
    mapEntries(m, max, own) {
      const size = apply(mapSize, m, []);
      const pushEntry = (out, e) => out.push(e[0], e[1]);
      if (own) return collect([size, 0], apply(mapEntries, m, []), Infinity, pushEntry);
      const length = m.size;
      const limit = min(max, length);
      return collect([size, length - limit], m, limit, pushEntry);
    },
    // [size, remaining, v0, v1, ...], as mapEntries has a map's.
    setValues(s, max, own) {
      const size = apply(setSize, s, []);
      const pushValue = (out, v) => out.push(v);
      if (own) return collect([size, 0], apply(setValues, s, []), Infinity, pushValue);
      const length = s.size;
      const limit = min(max, length);
      return collect([size, length - limit], s, limit, pushValue);
    },
    // Classifies objects goja's Go API cannot tell apart: 1 WeakMap, 2 WeakSet,
    // 3 DataView, 4 Map Iterator, 5 Set Iterator, 0 anything else.
    brand(o) {
      if (inChain(o, WeakMap.prototype) && hasBrand(o, weakMapHas, o)) return 1;
      if (inChain(o, WeakSet.prototype) && hasBrand(o, weakSetHas, o)) return 2;
      if (inChain(o, DataView.prototype) && hasBrand(o, dataViewByteLength)) return 3;
      if (inChain(o, mapIterProto)) return 4;
      if (inChain(o, setIterProto)) return 5;
      return 0;
    },
    typedArrayName(o) { return apply(typedArrayTag, o, []); },
    // Function.prototype.toString; goja throws for some functions named
    // by symbols, which then count as no source.
    fnSource(f) {
      try {
        return apply(fnToString, f, []);
      } catch {
        return '';
      }
    },
    // The primitive inside a boxed primitive.
    unbox(o, kind) {
      switch (kind) {
        case 'Number': return apply(numberValueOf, o, []);
        case 'String': return apply(stringValueOf, o, []);
        case 'Boolean': return apply(booleanValueOf, o, []);
        case 'BigInt': return apply(bigintValueOf, o, []);
        default: return apply(symbolValueOf, o, []);
      }
    },
    // util.format's %j: JSON, or '[Circular]' for circular structures.
    json(v) {
      try {
        return JSONStringify(v);
      } catch (err) {
        if (circularMessage === undefined) {
          try {
            const a = {};
            a.a = a;
            JSONStringify(a);
          } catch (circularError) {
            circularMessage = firstLine(circularError);
          }
        }
        if (err !== null && typeof err === 'object' && err.name === 'TypeError' &&
            firstLine(err) === circularMessage) {
          return '[Circular]';
        }
        throw err;
      }
    },
    parseInt: Number.parseInt,
    parseFloat: Number.parseFloat,
    // RegExp.prototype.toString, also for a RegExp without prototype.
    regExpToString(r) {
      if (getProto(r) !== null) return apply(regExpToString, r, []);
      let flags = '';
      for (const [name, ch] of regExpFlags) {
        const d = gopd(RegExp.prototype, name);
        if (d !== undefined && apply(d.get, r, [])) flags += ch;
      }
      return `/${apply(gopd(RegExp.prototype, 'source').get, r, [])}/${flags}`;
    },
    errorToString(e) { return apply(errorToString, e, []); },
    dateToString(d) { return apply(dateToString, d, []); },
    objectPrototype: Object.prototype,
    functionPrototype: Function.prototype,
    defaultHasInstance: Function.prototype[Symbol.hasInstance],
    asyncFunctionPrototype: getProto(async function () {}),
    generatorFunctionPrototype: getProto(function* () {}),
    generatorPrototype: getProto(getProto((function* () {})())),
    errorPrototype: Error.prototype,
    brandPrototypes: [WeakMap.prototype, WeakSet.prototype, DataView.prototype, mapIterProto, setIterProto],
  };
})()
