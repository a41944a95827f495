'use strict';
// internal/dgram/handles: the JavaScript half of passing dgram sockets over
// an IPC channel.

const dgram = require('dgram');
const { kStateSymbol: kState } = require('internal/dgram');

// socketHandle returns the UDP handle a dgram.Socket sends (null once
// closed) and records its type in the wire message.
function socketHandle(message, socket) {
  message.dgramType = socket.type;
  return socket[kState].handle || null;
}

// socketFromHandle makes a bound dgram.Socket of a received handle and
// delivers it once it listens.
function socketFromHandle(message, handle, deliver) {
  const socket = new dgram.Socket(message.dgramType);
  socket.bind(handle, () => deliver(socket));
}

module.exports = { socketHandle, socketFromHandle };
