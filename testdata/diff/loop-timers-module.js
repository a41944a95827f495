const timers = require('timers');
console.log(typeof timers.setTimeout, typeof timers.clearTimeout, typeof timers.setInterval, typeof timers.setImmediate, typeof timers.clearImmediate);
console.log(timers.setTimeout === setTimeout);
timers.setTimeout(() => console.log('via module'), 1);
