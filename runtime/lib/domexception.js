// DOMException, as node defines it (lib/internal/per_context/domexception.js):
// an Error object whose prototype is DOMException.prototype, with name,
// message and code read from internal state. Compiled on first use.
'use strict';

const internals = new WeakMap();
const codeOfName = new Map();
// Names the WebIDL table dropped: their code reads 0.
const disusedNames = new Set(['DOMStringSizeError', 'NoDataAllowedError', 'ValidationError']);

function invalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  Object.defineProperty(err, 'toString', {
    __proto__: null,
    value() { return `${this.name} [ERR_INVALID_THIS]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  err.code = 'ERR_INVALID_THIS';
  throw err;
}

function stateOf(self) {
  const state = internals.get(self);
  if (state === undefined) invalidThis();
  return state;
}

let proto;

// DOMException is not a subclass of Error (its own prototype is
// Function.prototype), yet its instances must be real Error objects: the
// constructor makes one and returns it with DOMException.prototype.
class DOMException {
  constructor(message = '', options = 'Error') {
    // eslint-disable-next-line no-restricted-syntax
    const self = new Error();
    Object.setPrototypeOf(self, proto);
    if (options !== null && typeof options === 'object') {
      internals.set(self, { message: `${message}`, name: `${options.name}` });
      if ('cause' in options) {
        Object.defineProperty(self, 'cause', {
          __proto__: null,
          value: options.cause, writable: true, enumerable: false, configurable: true,
        });
      }
    } else {
      internals.set(self, { message: `${message}`, name: `${options}` });
    }
    return self;
  }

  get name() { return stateOf(this).name; }

  get message() { return stateOf(this).message; }

  get code() {
    const { name } = stateOf(this);
    if (disusedNames.has(name)) return 0;
    return codeOfName.get(name) || 0;
  }
}

proto = DOMException.prototype;
Object.setPrototypeOf(proto, Error.prototype);
Object.defineProperties(proto, {
  [Symbol.toStringTag]: {
    __proto__: null, value: 'DOMException', writable: false, enumerable: false, configurable: true,
  },
  name: { __proto__: null, enumerable: true },
  message: { __proto__: null, enumerable: true },
  code: { __proto__: null, enumerable: true },
});

const legacyCodes = [
  'IndexSizeError', 'INDEX_SIZE_ERR',
  'DOMStringSizeError', 'DOMSTRING_SIZE_ERR',
  'HierarchyRequestError', 'HIERARCHY_REQUEST_ERR',
  'WrongDocumentError', 'WRONG_DOCUMENT_ERR',
  'InvalidCharacterError', 'INVALID_CHARACTER_ERR',
  'NoDataAllowedError', 'NO_DATA_ALLOWED_ERR',
  'NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR',
  'NotFoundError', 'NOT_FOUND_ERR',
  'NotSupportedError', 'NOT_SUPPORTED_ERR',
  'InUseAttributeError', 'INUSE_ATTRIBUTE_ERR',
  'InvalidStateError', 'INVALID_STATE_ERR',
  'SyntaxError', 'SYNTAX_ERR',
  'InvalidModificationError', 'INVALID_MODIFICATION_ERR',
  'NamespaceError', 'NAMESPACE_ERR',
  'InvalidAccessError', 'INVALID_ACCESS_ERR',
  'ValidationError', 'VALIDATION_ERR',
  'TypeMismatchError', 'TYPE_MISMATCH_ERR',
  'SecurityError', 'SECURITY_ERR',
  'NetworkError', 'NETWORK_ERR',
  'AbortError', 'ABORT_ERR',
  'URLMismatchError', 'URL_MISMATCH_ERR',
  'QuotaExceededError', 'QUOTA_EXCEEDED_ERR',
  'TimeoutError', 'TIMEOUT_ERR',
  'InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR',
  'DataCloneError', 'DATA_CLONE_ERR',
];
for (let i = 0; i < legacyCodes.length; i += 2) {
  const code = i / 2 + 1;
  const desc = { value: code, enumerable: true, writable: false, configurable: false };
  Object.defineProperty(DOMException, legacyCodes[i + 1], desc);
  Object.defineProperty(proto, legacyCodes[i + 1], desc);
  codeOfName.set(legacyCodes[i], code);
}

module.exports = { DOMException };
