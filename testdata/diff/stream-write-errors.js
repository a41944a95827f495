// Write after end, null chunks, bad chunk types, unknown encodings.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
try { w.write(null); } catch (e) { console.log('null', e.name, e.code, e.message); }
try { w.write(42); } catch (e) { console.log('number', e.name, e.code, e.message); }
try { w.write('x', 'nope'); } catch (e) { console.log('encoding', e.name, e.code, e.message); }
try { w.setDefaultEncoding('bogus'); } catch (e) { console.log('default', e.code, e.message); }
w.on('error', (e) => console.log('error event', e.code, e.message));
w.end();
const ret = w.write('late', (err) => console.log('late cb', err.code));
console.log('write after end returns', ret);
w.end((err) => console.log('second end cb', err && err.code));
const o = new Writable({ objectMode: true, write(c, e, cb) { console.log('object chunk', typeof c, JSON.stringify(c)); cb(); } });
o.write(42);
o.write({ a: 1 });
try { o.write(null); } catch (e) { console.log('object null', e.code); }
o.end();
