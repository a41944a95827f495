'use strict';
// internal/util/comparisons: the deep equality of util.isDeepStrictEqual and
// assert.deep(Strict)Equal. Strict mode compares prototypes and uses
// Object.is for primitives; loose mode uses ==.

const types = require('internal/util/types');
const { nonIndexNames } = require('internal/util/inspect');

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

const objectToString = (v) => Object.prototype.toString.call(v);
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
// Dates compare by the built-in getTime, not one a date overrides (as in
// node; a regexp's, set's or map's own source, flags or size do count).
const dateGetTime = Date.prototype.getTime;

function isError(v) {
  return types.isNativeError(v) || v instanceof Error;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(a, b) {
  return a.length === b.length && require('buffer').Buffer.compare(a, b) === 0;
}

function sameFloats(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameBoxed(a, b) {
  const kinds = [
    [types.isNumberObject, Number.prototype.valueOf, Object.is],
    [types.isStringObject, String.prototype.valueOf],
    [types.isBooleanObject, Boolean.prototype.valueOf],
    [types.isBigIntObject, BigInt.prototype.valueOf],
    [types.isSymbolObject, Symbol.prototype.valueOf],
  ];
  for (const [is, valueOf, same = (x, y) => x === y] of kinds) {
    if (is(a)) return is(b) && same(valueOf.call(a), valueOf.call(b));
  }
  return false;
}

// nonIndexKeys lists the own enumerable keys that are not array indices
// (symbols too in strict mode).
function nonIndexKeys(v, strict) {
  const keys = nonIndexNames(v, false);
  if (strict) {
    for (const s of Object.getOwnPropertySymbols(v)) {
      if (isEnumerable(v, s)) keys.push(s);
    }
  }
  return keys;
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    return val1 !== 0 || Object.is(val1, val2) || !strict;
  }
  if (strict) {
    if (typeof val1 === 'number') return Number.isNaN(val1) && Number.isNaN(val2);
    if (typeof val2 !== 'object' || typeof val1 !== 'object' || val1 === null || val2 === null ||
        Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)) {
      return false;
    }
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (Number.isNaN(val1) && Number.isNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }
  const tag1 = objectToString(val1);
  if (tag1 !== objectToString(val2)) return false;

  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) return false;
    const keys1 = nonIndexKeys(val1, strict);
    if (keys1.length !== nonIndexKeys(val2, strict).length) return false;
    return keyCheck(val1, val2, strict, memos, kIsArray, keys1);
  }
  if (tag1 === '[object Object]') {
    return keyCheck(val1, val2, strict, memos, kNoIterator);
  }
  if (types.isDate(val1)) {
    if (!types.isDate(val2) || dateGetTime.call(val1) !== dateGetTime.call(val2)) return false;
  } else if (types.isRegExp(val1)) {
    if (!types.isRegExp(val2) || val1.source !== val2.source || val1.flags !== val2.flags ||
        val1.lastIndex !== val2.lastIndex) {
      return false;
    }
  } else if (types.isArrayBufferView(val1)) {
    if (!types.isArrayBufferView(val2)) return false;
    if (types.isTypedArray(val1) !== types.isTypedArray(val2) ||
        (types.isTypedArray(val1) && typedArrayTag.call(val1) !== typedArrayTag.call(val2))) {
      return false;
    }
    if (!strict && (types.isFloat32Array(val1) || types.isFloat64Array(val1))) {
      if (!sameFloats(val1, val2)) return false;
    } else if (!sameBytes(bytesOf(val1), bytesOf(val2))) {
      return false;
    }
    const keys1 = nonIndexKeys(val1, strict);
    if (keys1.length !== nonIndexKeys(val2, strict).length) return false;
    return keyCheck(val1, val2, strict, memos, kNoIterator, keys1);
  } else if (types.isSet(val1)) {
    if (!types.isSet(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsSet);
  } else if (types.isMap(val1)) {
    if (!types.isMap(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsMap);
  } else if (types.isAnyArrayBuffer(val1)) {
    if (!types.isAnyArrayBuffer(val2) || !sameBytes(new Uint8Array(val1), new Uint8Array(val2))) return false;
  } else if (isError(val1)) {
    // The stack is not compared: it differs between otherwise equal errors.
    if (!isError(val2)) return false;
    for (const key of ['message', 'name']) {
      const enumerable = isEnumerable(val1, key);
      if (enumerable !== isEnumerable(val2, key) || (!enumerable && val1[key] !== val2[key])) return false;
    }
    for (const key of ['cause', 'errors']) {
      const enumerable = isEnumerable(val1, key);
      if (enumerable !== isEnumerable(val2, key) ||
          (!enumerable && !innerDeepEqual(val1[key], val2[key], strict, memos))) {
        return false;
      }
    }
  } else if (types.isBoxedPrimitive(val1)) {
    if (!sameBoxed(val1, val2)) return false;
  } else if (Array.isArray(val2) || types.isArrayBufferView(val2) || types.isSet(val2) ||
             types.isMap(val2) || types.isDate(val2) || types.isRegExp(val2) ||
             types.isAnyArrayBuffer(val2) || types.isBoxedPrimitive(val2) || isError(val2)) {
    return false;
  }
  return keyCheck(val1, val2, strict, memos, kNoIterator);
}

function keyCheck(val1, val2, strict, memos, iterationType, aKeys) {
  const arrayLike = aKeys !== undefined;
  if (aKeys === undefined) aKeys = Object.keys(val1);
  for (const key of aKeys) {
    if (!isEnumerable(val2, key)) return false;
  }
  if (!arrayLike) {
    if (aKeys.length !== Object.keys(val2).length) return false;
    if (strict) {
      const symbols1 = Object.getOwnPropertySymbols(val1);
      let count = 0;
      for (const key of symbols1) {
        if (isEnumerable(val1, key)) {
          if (!isEnumerable(val2, key)) return false;
          aKeys.push(key);
          count++;
        } else if (isEnumerable(val2, key)) {
          return false;
        }
      }
      const symbols2 = Object.getOwnPropertySymbols(val2);
      if (symbols1.length !== symbols2.length &&
          symbols2.filter((k) => isEnumerable(val2, k)).length !== count) {
        return false;
      }
    }
  }
  if (aKeys.length === 0 &&
      (iterationType === kNoIterator || (iterationType === kIsArray && val1.length === 0) || val1.size === 0)) {
    return true;
  }

  // Cycle detection: pairs being compared count as equal when met again.
  if (memos === undefined) {
    memos = { set: undefined, a: val1, b: val2, c: undefined, d: undefined, deep: false, deleteFailures: false };
    return objEquiv(val1, val2, strict, aKeys, memos, iterationType);
  }
  if (memos.set === undefined) {
    if (memos.deep === false) {
      if (memos.a === val1 && memos.b === val2) return true;
      memos.c = val1;
      memos.d = val2;
      memos.deep = true;
      const result = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
      memos.deep = false;
      return result;
    }
    memos.set = new Set([memos.a, memos.b, memos.c, memos.d]);
  }
  const { set } = memos;
  const size = set.size;
  set.add(val1);
  set.add(val2);
  if (size === set.size) return true;
  const equal = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
  if (equal || memos.deleteFailures) {
    set.delete(val1);
    set.delete(val2);
  }
  return equal;
}

function setHasEqualElement(set, val2, strict, memo) {
  const { deleteFailures } = memo;
  memo.deleteFailures = true;
  for (const val1 of set) {
    if (innerDeepEqual(val1, val2, strict, memo)) {
      set.delete(val1);
      memo.deleteFailures = deleteFailures;
      return true;
    }
  }
  memo.deleteFailures = deleteFailures;
  return false;
}

// looseAlternative returns the value a primitive may loosely equal in a Set
// or Map: null for undefined, undefined for null, false when nothing can
// match and true when anything might.
function looseAlternative(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object':
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // falls through
    case 'number':
      if (Number.isNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMightHaveLoosePrim(a, b, prim, item, memo) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  const curB = b.get(alt);
  if ((curB === undefined && !b.has(alt)) || !innerDeepEqual(item, curB, false, memo)) return false;
  return !a.has(alt) && innerDeepEqual(item, curB, false, memo);
}

function setEquiv(a, b, strict, memo) {
  let set = null;
  for (const val of a) {
    if (!b.has(val)) {
      if ((typeof val !== 'object' || val === null) && (strict || !setMightHaveLoosePrim(a, b, val))) {
        return false;
      }
      if (set === null) {
        if (b.size === 1) return innerDeepEqual(val, b.values().next().value, strict, memo);
        set = new Set();
      }
      set.add(val);
    }
  }
  if (set !== null) {
    for (const val of b) {
      if (typeof val === 'object' && val !== null) {
        if (!a.has(val) && !setHasEqualElement(set, val, strict, memo)) return false;
      } else if (!strict && !a.has(val) && !setHasEqualElement(set, val, strict, memo)) {
        return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function mapHasEqualEntry(set, map, key2, item2, strict, memo) {
  const { deleteFailures } = memo;
  memo.deleteFailures = true;
  for (const key1 of set) {
    if (innerDeepEqual(key1, key2, strict, memo) && innerDeepEqual(map.get(key1), item2, strict, memo)) {
      set.delete(key1);
      memo.deleteFailures = deleteFailures;
      return true;
    }
  }
  memo.deleteFailures = deleteFailures;
  return false;
}

function mapEquiv(a, b, strict, memo) {
  let set = null;
  for (const [key, item1] of a) {
    if (typeof key === 'object' && key !== null) {
      if (set === null) {
        if (b.size === 1) {
          const [key2, item2] = b.entries().next().value;
          return innerDeepEqual(key, key2, strict, memo) && innerDeepEqual(item1, item2, strict, memo);
        }
        set = new Set();
      }
      set.add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, strict, memo)) {
        if (strict || !mapMightHaveLoosePrim(a, b, key, item1, memo)) return false;
        if (set === null) set = new Set();
        set.add(key);
      }
    }
  }
  if (set !== null) {
    for (const [key, item] of b) {
      if (typeof key === 'object' && key !== null) {
        if (!mapHasEqualEntry(set, a, key, item, strict, memo)) return false;
      } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), item, strict, memo)) &&
                 !mapHasEqualEntry(set, a, key, item, strict, memo)) {
        return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // Sparse: compare the remaining own keys.
        const keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
        }
        return keysA.length === Object.keys(b).length;
      }
    }
  } else if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  }
  return true;
}

module.exports = {
  isDeepEqual(a, b) {
    return innerDeepEqual(a, b, false);
  },
  isDeepStrictEqual(a, b) {
    return innerDeepEqual(a, b, true);
  },
};
