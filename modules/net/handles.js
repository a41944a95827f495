'use strict';
// internal/net/handles: the JavaScript half of passing net servers and
// sockets over an IPC channel (child_process send(message, handle)), and
// the socket lists that let a server count and close the connections it
// sent to other processes (NODE_SOCKET_* messages).

const EventEmitter = require('events');
const net = require('net');
const { codes: { ERR_CHILD_CLOSED_BEFORE_REPLY }, HandleOptions } = require('internal/net');

const kSockets = Symbol.for('gonode.ipc.sockets');
const kOnClose = Symbol('kOnClose');

// SocketListSend is kept by a server whose sockets were sent to target: it
// asks target for its count of them, or to report when they have closed.
class SocketListSend extends EventEmitter {
  constructor(target, key) {
    super();
    this.key = key;
    this.child = target;
    target.once('exit', () => this.emit('exit', this));
  }

  _request(msg, cmd, swallowErrors, callback) {
    const child = this.child;
    const onclose = () => {
      child.removeListener('internalMessage', onreply);
      callback(new ERR_CHILD_CLOSED_BEFORE_REPLY());
    };
    const onreply = (reply) => {
      if (!(reply.cmd === cmd && reply.key === this.key)) return;
      child.removeListener('disconnect', onclose);
      child.removeListener('internalMessage', onreply);
      callback(null, reply);
    };
    if (!child.connected) {
      onclose();
      return;
    }
    child._send(msg, undefined, swallowErrors);
    child.once('disconnect', onclose);
    child.on('internalMessage', onreply);
  }

  close(callback) {
    this._request({ cmd: 'NODE_SOCKET_NOTIFY_CLOSE', key: this.key }, 'NODE_SOCKET_ALL_CLOSED', true, callback);
  }

  getConnections(callback) {
    this._request({ cmd: 'NODE_SOCKET_GET_COUNT', key: this.key }, 'NODE_SOCKET_COUNT', false, (err, msg) => {
      if (err) return callback(err);
      callback(null, msg.count);
    });
  }
}

// SocketListReceive counts the sockets received from one server of the
// peer, and answers its requests.
class SocketListReceive extends EventEmitter {
  constructor(target, key) {
    super();
    this.connections = 0;
    this.key = key;
    this.child = target;
    const onempty = () => {
      if (!this.child.connected) return;
      this.child._send({ cmd: 'NODE_SOCKET_ALL_CLOSED', key: this.key }, undefined, true);
    };
    target.on('internalMessage', (msg) => {
      if (msg.key !== this.key) return;
      if (msg.cmd === 'NODE_SOCKET_NOTIFY_CLOSE') {
        if (this.connections === 0) return onempty();
        this.once('empty', onempty);
      } else if (msg.cmd === 'NODE_SOCKET_GET_COUNT') {
        if (!this.child.connected) return;
        this.child._send({ cmd: 'NODE_SOCKET_COUNT', key: this.key, count: this.connections });
      }
    });
  }

  // add counts socket until its 'close'. One listener function serves all
  // of the list's sockets, and it removes itself (cheaper than once() and
  // a closure per socket).
  add(socket) {
    this.connections++;
    let onclose = this[kOnClose];
    if (onclose === undefined) {
      const list = this;
      onclose = function onSocketClose() {
        this.removeListener('close', onclose);
        list.connections--;
        if (list.connections === 0) list.emit('empty', list);
      };
      this[kOnClose] = onclose;
    }
    socket.on('close', onclose);
  }
}
SocketListReceive.prototype[kOnClose] = undefined;

function getSocketList(type, target, key) {
  const lists = target[kSockets][type];
  let list = lists[key];
  if (!list) {
    list = lists[key] = type === 'send' ? new SocketListSend(target, key) : new SocketListReceive(target, key);
  }
  return list;
}

// serverHandle is what a net.Server sends: its listening handle, if any.
function serverHandle(server) {
  return server._handle || null;
}

// serverFromHandle makes a listening net.Server of a received handle and
// delivers it once it listens.
function serverFromHandle(handle, deliver) {
  const server = new net.Server();
  server.listen(handle, () => deliver(server));
}

// socketHandle detaches a net.Socket for sending (unless keepOpen) and
// returns its handle; a server-owned socket joins the server's socket list.
function socketHandle(target, message, socket, keepOpen) {
  if (!socket._handle) return null;
  if (socket.server) {
    message.key = socket.server._connectionKey;
    const lists = target[kSockets].send;
    const firstTime = !lists[message.key];
    const list = getSocketList('send', target, message.key);
    if (firstTime) socket.server._setupWorker(list);
    if (!keepOpen) socket.server._connections--;
  }
  const handle = socket._handle;
  if (!keepOpen) {
    handle.onread = () => {};
    socket._handle = null;
    socket.setTimeout(0);
  }
  return handle;
}

// socketFromHandle makes a net.Socket of a received handle. The socket list
// comes first: a key that cannot become a property key throws (as in node),
// and then no socket holds the handle, which is closed.
function socketFromHandle(target, message, handle, deliver) {
  let list = null;
  if (message.key) {
    try {
      list = getSocketList('got', target, message.key);
    } catch (err) {
      handle.close();
      throw err;
    }
  }
  const socket = new net.Socket(new HandleOptions(handle, false, false));
  if (list !== null) list.add(socket);
  deliver(socket);
}

module.exports = { serverHandle, serverFromHandle, socketHandle, socketFromHandle };
