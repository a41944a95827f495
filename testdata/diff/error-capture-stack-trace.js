// Error.captureStackTrace(obj, fn) starts the trace below fn's topmost frame
// and leaves no frames when fn is not on the stack. Frame text differs
// between engines, so this prints which of our functions each frame names.
const ours = ['build', 'caller', 'outer', 'inner', 'recurse', 'setup', 'make', 'plain'];
function names(stack) {
  return stack.split('\n').slice(1).map((line) => {
    const hit = ours.find((n) => new RegExp(`\\b${n}\\b`).test(line.replace(/\(.*$/, '')));
    return hit || '-';
  }).filter((n, i, all) => n !== '-' || i === 0 || all[i - 1] !== '-').join(' ');
}

function build() {
  const e = new Error('built');
  Error.captureStackTrace(e, build);
  return e;
}
function caller() { return build(); }
const e1 = caller();
console.log(e1.stack.split('\n')[0], '|', names(e1.stack).split(' ')[0]);

function inner(fn) { const o = {}; Error.captureStackTrace(o, fn); return o; }
function outer() { return inner(outer); }
function top() { return outer(); }
console.log('outer cut:', names(top().stack).split(' ').includes('outer'));

// Not on the stack: only the header remains.
const o2 = { name: 'Custom', message: 'gone' };
Error.captureStackTrace(o2, function notOnStack() {});
console.log(JSON.stringify(o2.stack));

// Recursion: the topmost frame of fn is cut, with everything above it.
function recurse(n) {
  if (n === 0) { const o = {}; Error.captureStackTrace(o, recurse); return o; }
  return recurse(n - 1);
}
const r = recurse(3);
console.log('recurse frames left:', names(r.stack).split(' ').filter((n) => n === 'recurse').length);

// A method cuts its own frame.
class Maker { setup() { return make(Maker.prototype.setup); } }
function make(fn) { const e = new TypeError('m'); Error.captureStackTrace(e, fn); return e; }
const m = new Maker().setup();
console.log(m.stack.split('\n')[0], '| mentions setup:', names(m.stack).includes('setup'), '| make:', names(m.stack).includes('make'));

// Without a function, the trace starts at the caller of captureStackTrace.
function plain() { const o = {}; Error.captureStackTrace(o); return o; }
console.log('plain first frame is ours:', names(plain().stack).split(' ')[0]);
console.log(typeof Object.getOwnPropertyDescriptor(o2, 'stack').value, Object.keys(o2).includes('stack'));
