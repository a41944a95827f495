console.log(require('events') === require('node:events'));
console.log(typeof require('timers').setTimeout);
console.log(require.resolve('events'), require.resolve('node:events'));
try { require(''); } catch (e) { console.log(e.code); }
try { require(42); } catch (e) { console.log(e.code); }
