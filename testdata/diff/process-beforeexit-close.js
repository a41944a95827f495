'use strict';
// A 'beforeExit' listener that opens and closes a server keeps the loop
// going: the closing handle holds it until the loop's closing phase, after
// which 'beforeExit' comes again; then a timer, then the end.
const net = require('net');

let n = 0;
process.on('beforeExit', (code) => {
  n++;
  console.log('beforeExit', n, code, JSON.stringify(process.getActiveResourcesInfo()));
  if (n === 1) {
    net.createServer().listen(0, '127.0.0.1').on('listening', function() {
      this.close();
      console.log('closed', JSON.stringify(process.getActiveResourcesInfo()));
    });
  } else if (n === 2) {
    setTimeout(() => console.log('timer'), 1);
  }
});
process.on('exit', (code) => console.log('exit', code, n));
