'use strict';
// internal/util/debuglog: util.debuglog, NODE_DEBUG's per-section loggers.
// Core modules log through it without loading util: a logger reads
// NODE_DEBUG when first used, and formats only once its section is on.

let debugEnabled;
const debugImpls = Object.create(null);

function debugEnabledFor(set) {
  if (debugEnabled === undefined) {
    const env = process.env.NODE_DEBUG;
    if (env) {
      const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*').replaceAll(',', '$|^');
      const re = new RegExp(`^${pattern}$`, 'i');
      debugEnabled = (s) => re.exec(s) !== null;
    } else {
      debugEnabled = () => false;
    }
  }
  return debugEnabled(set);
}

function debugImpl(set) {
  if (debugImpls[set] === undefined) {
    if (debugEnabledFor(set)) {
      if (set === 'HTTP' || set === 'HTTP2') {
        process.emitWarning('Setting the NODE_DEBUG environment variable to \'' + set.toLowerCase() +
          '\' can expose sensitive data (such as passwords, tokens and authentication headers) ' +
          'in the resulting log.');
      }
      const pid = process.pid;
      debugImpls[set] = function debug(...args) {
        const { format, formatWithOptions, inspect } = require('internal/util/inspect');
        const colors = require('internal/util/colors').shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        process.stderr.write(format('%s %s: %s\n', set, inspect(pid, { colors }), msg));
      };
    } else {
      debugImpls[set] = () => {};
    }
  }
  return debugImpls[set];
}

function debuglog(set, cb) {
  let enabled;
  const init = () => {
    set = set.toUpperCase();
    enabled = debugEnabledFor(set);
  };
  let debug = (...args) => {
    init();
    debug = debugImpl(set);
    if (typeof cb === 'function') cb(debug);
    return debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    __proto__: null, get() { return test(); }, configurable: true, enumerable: true,
  });
  return logger;
}

module.exports = { debuglog };
