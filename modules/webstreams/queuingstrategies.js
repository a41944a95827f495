'use strict';
// internal/webstreams/queuingstrategies: ByteLengthQueuingStrategy and
// CountQueuingStrategy. Their highWaterMark is checked only when a stream
// uses it, as the spec has it.

const {
  kState, kType, kInspect, errors, validateObject, isBrandCheck, customInspect, defineClass,
} = require('internal/webstreams/util');

const { ERR_INVALID_THIS, ERR_MISSING_OPTION } = errors;

// strategy makes a strategy class whose size function is size.
function strategy(name, size) {
  Object.defineProperty(size, 'name', { __proto__: null, value: 'size' });
  const isStrategy = isBrandCheck(name);
  const Class = {
    [name]: class {
      constructor(init) {
        validateObject(init, 'init', false);
        if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
        this[kType] = name;
        this[kState] = { highWaterMark: +init.highWaterMark };
      }

      get highWaterMark() {
        if (!isStrategy(this)) throw new ERR_INVALID_THIS(name);
        return this[kState].highWaterMark;
      }

      get size() {
        if (!isStrategy(this)) throw new ERR_INVALID_THIS(name);
        return size;
      }

      [kInspect](depth, options) {
        return customInspect(depth, options, name, { highWaterMark: this.highWaterMark });
      }
    },
  }[name];
  defineClass(Class, ['highWaterMark', 'size']);
  return Class;
}

module.exports = {
  ByteLengthQueuingStrategy: strategy('ByteLengthQueuingStrategy', (chunk) => chunk.byteLength),
  CountQueuingStrategy: strategy('CountQueuingStrategy', () => 1),
};
