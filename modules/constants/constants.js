'use strict';
// constants (deprecated in node): os, fs and crypto constants together, in
// node's order.

const os = require('os').constants;
Object.assign(exports, os.dlopen, os.errno, os.priority, os.signals,
  require('fs').constants, require('crypto').constants);
Object.freeze(exports);
