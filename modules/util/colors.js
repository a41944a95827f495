'use strict';
// internal/util/colors: whether output to a stream should be colored.

// colorDepth is the color depth FORCE_COLOR asks for, or that the terminal
// supports (tty.WriteStream.prototype.getColorDepth without a stream).
function colorDepth(env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '':
      case '1':
      case 'true':
        return 4;
      case '2':
        return 8;
      case '3':
        return 24;
      default:
        return 1;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return 1;
  if (env.TMUX) return 24;
  if (env.CI) return 8;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return 8;
    if (/^(xterm|vt100|vt220|rxvt|screen|linux|cygwin|ansi|color|eterm|konsole|putty|st|terminator|tmux|alacritty|kitty)/i
      .test(env.TERM)) {
      return 4;
    }
  }
  if (env.COLORTERM) return 4;
  return 1;
}

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return colorDepth(process.env) > 2;
  if (!stream?.isTTY) return false;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  return colorDepth(process.env) > 2;
}

module.exports = { shouldColorize, colorDepth };
