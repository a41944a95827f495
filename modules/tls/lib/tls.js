'use strict';
// tls: gonode has no TLS. The module loads with node's constants; each
// function or class that would make a secure connection, server or
// context throws ERR_GONODE_NO_TLS, naming itself.

const { unsupported } = require('internal/tls/unsupported');

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
    'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
    'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  connect: unsupported('connect', 'tls.connect()'),
  createServer: unsupported('createServer', 'tls.createServer()'),
  createSecureContext: unsupported('createSecureContext', 'tls.createSecureContext()'),
  checkServerIdentity: unsupported('checkServerIdentity', 'tls.checkServerIdentity()'),
  getCiphers: unsupported('getCiphers', 'tls.getCiphers()'),
  Server: unsupported('Server', 'tls.Server'),
  TLSSocket: unsupported('TLSSocket', 'tls.TLSSocket'),
  SecureContext: unsupported('SecureContext', 'tls.SecureContext'),
};
