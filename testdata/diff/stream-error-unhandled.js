// A stream error with no listener is an uncaught exception (exit 1).
const { Readable } = require('stream');
const r = new Readable({
  read() {
    this.destroy(new Error('read failed'));
  },
});
process.on('exit', (c) => console.log('exit code', c));
r.on('close', () => console.log('close'));
r.resume();
