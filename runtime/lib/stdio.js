// process.stdout, process.stderr and process.stdin as streams over the
// runtime's standard streams.
'use strict';
const { Writable, Readable } = require('stream');

exports.writable = function writable(fd, binding) {
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      try {
        binding.write(fd, chunk, encoding);
      } catch (err) {
        cb(err);
        return;
      }
      cb();
    },
  });
  stream.fd = fd;
  // Like node's stdout and stderr (sockets, tty.WriteStream or
  // SyncWriteStream), not readable.
  stream.readable = false;
  stream._type = binding.streamType(fd);
  stream.isTTY = binding.isTTY(fd) || undefined;
  if (stream.isTTY) {
    const size = binding.windowSize(fd);
    stream.columns = size[0];
    stream.rows = size[1];
    addTerminalMethods(stream);
  }
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = function (err, cb) {
    cb(err);
  };
  return stream;
};

// addTerminalMethods gives a terminal's stream tty.WriteStream's methods
// (getColorDepth, hasColors, cursorTo, ...), when the tty module is there.
function addTerminalMethods(stream) {
  let tty;
  try {
    tty = require('tty');
  } catch {
    return;
  }
  for (const name of ['getColorDepth', 'hasColors', 'getWindowSize', 'cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown']) {
    stream[name] = tty.WriteStream.prototype[name];
  }
}

// addRawMode gives a terminal's input tty.ReadStream's setRawMode, when
// the tty module is there.
function addRawMode(stream) {
  let tty;
  try {
    tty = require('tty');
  } catch {
    return;
  }
  stream.isRaw = false;
  stream.setRawMode = tty.ReadStream.prototype.setRawMode;
}

exports.readable = function readable(fd, binding) {
  let reading = false;
  const tty = binding.isTTY(fd);
  const stream = new Readable({
    // A terminal is read only while someone wants its data (node's
    // tty.ReadStream has no buffer): paused, it lets the process exit.
    highWaterMark: tty ? 0 : undefined,
    read() {
      if (reading) return;
      reading = true;
      binding.readStart((chunk) => {
        if (chunk === null) {
          reading = false;
          stream.push(null);
          return;
        }
        if (!stream.push(chunk)) {
          reading = false;
          binding.readStop();
        }
      });
    },
    destroy(err, cb) {
      binding.readStop();
      cb(err);
    },
  });
  stream.fd = fd;
  stream.isTTY = tty || undefined;
  if (tty) addRawMode(stream);
  const pause = stream.pause;
  stream.pause = function () {
    if (reading) {
      reading = false;
      binding.readStop();
    }
    return pause.call(this);
  };
  return stream;
};
