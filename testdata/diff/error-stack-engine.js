// An Error's stack in node's layout: the header, then "    at" frames with
// file, line and column (node's own internal frames are left out here, as
// gonode has none), for errors made by code, thrown by the engine, and
// under Error.prepareStackTrace and Error.stackTraceLimit.
const own = (stack) => stack.split('\n').filter((l, i) => i === 0 || l.includes(__filename)).join('\n');
function make() { return new Error('boom'); }
console.log(own(make().stack));
const nested = () => (function inner() { return new RangeError('deep'); })();
console.log(own(nested().stack));
try {
  null.x;
} catch (err) {
  console.log(own(err.stack).split('\n').slice(1).join('\n'));
}
const e = new Error('late');
e.name = 'Renamed';
console.log(own(e.stack).split('\n')[0]);
Error.prepareStackTrace = (err, sites) => `prepared ${err.message} ${typeof sites[0].getFileName()} ${sites[0].getFunctionName()}`;
function withPrepare() { return new Error('p').stack; }
console.log(withPrepare());
delete Error.prepareStackTrace;
Error.stackTraceLimit = 1;
console.log(own(make().stack));
Error.stackTraceLimit = 'none';
console.log(new Error('no trace').stack);
Error.stackTraceLimit = 10;
console.log(Object.keys(new Error('k')), Object.getOwnPropertyNames(new Error('q')), JSON.stringify(new Error('j')));
const custom = new Error('s');
custom.stack = 'custom';
console.log(custom.stack);

// Errors of subclasses start at the new expression: the constructors
// building them are not frames of their stacks.
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
class Deeper extends MyErr { constructor(m) { super(`${m}!`); } }
class NoCtor extends Error {}
function makeMine() { return new MyErr('mine'); }
console.log(own(makeMine().stack));
console.log(own(new Deeper('deeper').stack));
console.log(own(new NoCtor('plain').stack));

// Frames of functions called as constructors read "new Foo", and their
// CallSites say so.
class Foo { constructor() { this.e = new Error('in foo'); } }
console.log(own(new Foo().e.stack));
function Legacy(m) { this.e = new Error(m); }
console.log(own(new Legacy('legacy').e.stack));
Error.prepareStackTrace = (err, sites) => sites.filter((s) => s.getFileName() === __filename)
  .map((s) => `${s.getFunctionName()} ${s.isConstructor()}`).join(', ');
console.log(new Foo().e.stack);
delete Error.prepareStackTrace;
