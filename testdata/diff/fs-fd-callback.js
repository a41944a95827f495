'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-diff-'));
const p = (...a) => path.join(dir, ...a);
const clean = (s) => String(s).split(dir).join('<tmp>');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', clean(typeof r === 'string' ? r : JSON.stringify(r)));
  } catch (e) {
    console.log(label, e.name, e.code, clean(e.message), e.errno, e.syscall, clean(e.path), clean(e.dest));
  }
};
// fs.open/read/write/close callbacks in their argument forms.
fs.writeFileSync(p('f'), 'abcdefghijklmnop');
const b = Buffer.alloc(6, 0x2e);
const steps = [];
const done = () => console.log(steps.join('\n'));
fs.open(p('f'), (err, fd) => {
  steps.push('open ' + err + ' ' + typeof fd);
  fs.read(fd, b, 0, 3, 2, (err, n, buf) => {
    steps.push('read5 ' + err + ' ' + n + ' ' + (buf === b) + ' ' + b.toString());
    fs.read(fd, b, { offset: 1, length: 2, position: 0 }, (err, n) => {
      steps.push('read4 ' + n + ' ' + b.toString());
      fs.read(fd, { buffer: b, position: 10 }, (err, n) => {
        steps.push('read3opts ' + n + ' ' + b.toString());
        fs.read(fd, (err, n, buf) => {
          steps.push('read2 ' + n + ' ' + buf.length + ' ' + buf.toString('utf8', 0, n));
          fs.read(fd, b, 0, 0, 0, (err, n) => {
            steps.push('read0 ' + err + ' ' + n);
            fs.close(fd, (err) => {
              steps.push('close ' + err);
              fs.read(fd, b, 0, 1, 0, (err, n, buf) => {
                steps.push('read closed ' + err.code + ' ' + err.syscall + ' ' + n + ' ' + (buf === b));
                writes();
              });
            });
          });
        });
      });
    });
  });
});
function writes() {
  fs.open(p('w'), 'w+', 0o600, (err, fd) => {
    steps.push('open w ' + err + ' ' + (fs.statSync(p('w')).mode & 0o777).toString(8));
    fs.write(fd, 'str', (err, n, s) => {
      steps.push('write str ' + err + ' ' + n + ' ' + s);
      fs.write(fd, 'AB', 0, (err, n, s) => {
        steps.push('write pos ' + n + ' ' + s);
        fs.write(fd, '6869', null, 'hex', (err, n, s) => {
          steps.push('write enc ' + n + ' ' + s);
          fs.write(fd, Buffer.from('buffer'), (err, n, buf) => {
            steps.push('write buf ' + n + ' ' + buf.toString());
            fs.write(fd, Buffer.from('XYZ'), 1, (err, n) => {
              steps.push('write off ' + n);
              fs.write(fd, Buffer.from('QRS'), 0, 2, 0, (err, n) => {
                steps.push('write full ' + n);
                fs.write(fd, Buffer.from('opt'), { offset: 0, length: 3, position: 5 }, (err, n) => {
                  steps.push('write opts ' + n + ' ' + JSON.stringify(fs.readFileSync(p('w'), 'utf8')));
                  fs.fsync(fd, (err) => {
                    steps.push('fsync ' + err);
                    fs.fdatasync(fd, (err) => {
                      steps.push('fdatasync ' + err);
                      fs.close(fd, (err) => {
                        steps.push('close ' + err);
                        fs.open(p('missing'), 'r', (err, fd) => {
                          steps.push('open missing ' + err.code + ' ' + fd);
                          done();
                        });
                      });
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
}
show('read no cb', () => fs.read(0, b, 0, 1, 0));
show('write no cb', () => fs.write(0, 'x'));
show('open no cb', () => fs.open(p('f'), 'r'));
show('open bad flags', () => fs.open(p('f'), 'bad', () => {}));
show('close bad cb', () => fs.close(0, 'x'));
show('read bad fd', () => fs.read('x', b, 0, 1, 0, () => {}));
