// tty without a terminal: isatty, the constructors' errors, and the color
// depth and hasColors decisions for a range of environments.
const tty = require('tty');
console.log([0, 1, 2, -1, 1.5, '1', 99, 2 ** 31].map((fd) => tty.isatty(fd)));
for (const fd of [-1, 1.5, 'x', 3]) { try { new tty.WriteStream(fd); } catch (e) { console.log(e.name, e.code, e.message); } }
const w = Object.create(tty.WriteStream.prototype);
for (const env of [{}, { TERM: 'xterm-256color' }, { TERM: 'dumb' }, { COLORTERM: 'truecolor' }, { TERM: 'screen' }, { CI: '1', GITHUB_ACTIONS: '1' }, { CI: '1' }, { TMUX: '1' }, { FORCE_COLOR: '3' }, { FORCE_COLOR: '0' }, { NO_COLOR: '' }, { TERM: 'mosh' }, { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.1' }]) {
  console.log(JSON.stringify(env), w.getColorDepth(env), w.hasColors(env), w.hasColors(256, env));
}
for (const c of [1, 'x', 2.5]) { try { w.hasColors(c, {}); } catch (e) { console.log(e.code, e.message); } }
console.log(tty.ReadStream.prototype instanceof require('net').Socket, typeof tty.WriteStream.prototype.cursorTo);
