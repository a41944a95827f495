const a = require('./fixtures/cycle-a');
console.log('a.done', a.done, 'b saw a.done =', a.bSawDone);
