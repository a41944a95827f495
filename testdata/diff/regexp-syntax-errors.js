// A regular expression that does not compile throws V8's SyntaxError,
// from a literal and from the RegExp constructor.
const patterns = ['/(/', '/a{2,1}/', '/?/', '/)/', '/a/gg', '/\\p{Foo}/u', '/x/z', '/a**/', '/[b-a]/', '/a{3,2}b/i', '/\\/', '/(?<n>a/'];
for (const src of patterns) {
  const end = src.lastIndexOf('/');
  for (const run of [(s) => eval(s), (s) => new RegExp(s.slice(1, end), s.slice(end + 1))]) {
    try {
      run(src);
      console.log(src, 'ok');
    } catch (e) {
      console.log(src, `${e.name}: ${e.message}`);
    }
  }
}
