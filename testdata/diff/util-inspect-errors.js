function withStack(err, frames) {
  err.stack = `${err.name}: ${err.message}${frames.map((f) => `\n    at ${f}`).join('')}`;
  return err;
}
const e = withStack(new Error('boom'), ['foo (/app/x.js:1:1)', 'bar (/app/y.js:2:2)']);
console.log(e);
console.log({ e });
console.log([e]);
const typed = withStack(new TypeError('bad type'), ['f (/a.js:1:1)']);
console.log(typed);
const props = withStack(new Error('props'), ['f (/a.js:1:1)']);
props.code = 'E_CODE';
props.details = { n: 1 };
console.log(props);
const noFrames = new Error('no frames');
noFrames.stack = 'Error: no frames';
console.log(noFrames, { noFrames });
const inner = withStack(new Error('inner'), ['g (/b.js:1:1)']);
const outer = withStack(new Error('outer', { cause: inner }), ['f (/a.js:1:1)']);
console.log(outer);
const strCause = new Error('string cause', { cause: 'reason' });
strCause.stack = 'Error: string cause';
console.log(strCause);
class MyError extends Error {}
console.log(withStack(new MyError('mine'), ['h (/c.js:3:3)']));
class NamedError extends Error { constructor(m) { super(m); this.name = 'NamedError'; } }
console.log(withStack(new NamedError('named'), ['h (/c.js:3:3)']));
const renamed = new Error('renamed');
renamed.name = 'Custom';
renamed.stack = 'Custom: renamed\n    at f (/a.js:1:1)';
console.log(renamed);
const empty = new RangeError('x');
empty.stack = '';
console.log(empty);
const agg = new AggregateError([withStack(new Error('a'), [])], 'agg');
agg.stack = 'AggregateError: agg';
console.log(agg);
const multi = withStack(new Error('multi\nline'), ['f (/a.js:1:1)']);
console.log({ multi });
console.log(Object.prototype.toString.call(e), e instanceof Error);
