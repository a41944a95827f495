try { require('./does-not-exist'); } catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
  console.log(Array.isArray(e.requireStack));
}
try { require('no-such-package-xyz'); } catch (e) { console.log(e.code); }
try { require('node:nope'); } catch (e) { console.log(e.code); }
