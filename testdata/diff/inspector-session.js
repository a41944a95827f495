// The inspector module's Session as packages use it (@pm2/io makes one in
// every pm2 process): connect, post (argument checks, an unknown method's
// error), disconnect, and the errors of a closed or doubly connected
// session. (gonode has no inspector protocol: only methods node does not
// know either are posted here.)
const inspector = require('inspector');
console.log(typeof inspector.Session, inspector.url(), typeof inspector.open, inspector.console === console);
const s = new inspector.Session();
s.connect();
try { s.connect(); } catch (e) { console.log(e.code, e.message); }
s.post('Nope.nothing', (err, result) => console.log('unknown method:', err.code, err.message, result));
s.post('Nope.other', {}, (err) => console.log('with params:', err.code));
try { s.post(42); } catch (e) { console.log(e.code, e.message); }
try { s.post('Nope.x', 'params'); } catch (e) { console.log(e.code); }
s.post('Nope.nocallback');
setImmediate(() => {
  s.disconnect();
  try { s.post('Nope.nothing'); } catch (e) { console.log(e.code, e.message); }
  try { inspector.waitForDebugger(); } catch (e) { console.log(e.code, e.message); }
  console.log(s instanceof require('events'));
});
