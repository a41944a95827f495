'use strict';
// Terminal-mode word motions and deletions: meta+b/f, ctrl+left/right,
// meta+d, ctrl+w, meta/ctrl+backspace and ctrl+delete.
const { PassThrough } = require('stream');
const readline = require('readline');

const rl = readline.createInterface({ terminal: true, input: new PassThrough() });
const show = (what) => console.log(what.padEnd(12), rl.cursor, JSON.stringify(rl.line));

rl.write('foo bar.hop/zoo  end');
rl.write(null, { ctrl: true, name: 'a' });
for (let i = 0; i < 7; i++) {
  rl.write(null, { meta: true, name: 'f' });
  show('meta+f');
}
for (let i = 0; i < 3; i++) {
  rl.write(null, { ctrl: true, name: 'left' });
  show('ctrl+left');
}
rl.write(null, { ctrl: true, name: 'right' });
show('ctrl+right');
rl.write(null, { meta: true, name: 'b' });
show('meta+b');
rl.write(null, { ctrl: true, name: 'w' });
show('ctrl+w');
rl.write(null, { meta: true, name: 'd' });
show('meta+d');
rl.write(null, { ctrl: true, name: 'delete' });
show('ctrl+delete');
rl.write(null, { ctrl: true, name: 'e' });
rl.write(null, { meta: true, name: 'backspace' });
show('meta+bksp');
rl.write(null, { ctrl: true, name: 'backspace' });
show('ctrl+bksp');
rl.close();
