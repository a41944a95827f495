package runtime

import (
	"strings"
	"sync"
	"testing"

	"github.com/dop251/goja"
)

// lazySource exercises what a function compiled on first call
// (goja.CompileLazy, which compiles gonode's own modules) must see as if it
// had been compiled with the code around it: closures over let, const, var
// and parameters, nested and hoisted functions, default parameters,
// assignments to outer variables, arguments, this, recursion, names,
// lengths and source text. It is wrapped as gonode wraps a module, whose
// wrapper, in the script's own scope, is compiled at once.
const lazySource = `'use strict';
(function () {
const base = 10;
let counter = 0;
var shared = 'v';
function hoisted() { return later(); }
function later() { return 'later:' + base; }
function outer(a, b = base) {
  let local = a + b;
  function inner(x) { counter++; local += x; return local; }
  const expr = function (y) { return inner(y) + arguments.length; };
  return expr;
}
function recurse(n) { return n <= 1 ? 1 : n * recurse(n - 1); }
function withThis() { return this === undefined ? 'undefined' : typeof this; }
function defaults(p, q = p + shared, ...rest) { return [p, q, rest.length]; }
function unused() { return notDefinedAnywhere; }
function makeArrow(v) { return () => v + shared; }
const extra = [7], obj = { extra: 1 };
let pushed = 0;
function spread(...xs) {
  // A comment's sentence ends with a period.
  pushed += 1;
  return Math.max(...xs, ...extra) + obj
    .extra;
}
const assigned = function () {};
const results = [];
results.push(hoisted());
const f = outer(1);
results.push(f(5), f(1), counter);
results.push(recurse(5));
results.push(withThis());
results.push(defaults(1).join());
results.push(makeArrow(2)());
shared = 'w';
results.push(makeArrow(3)());
results.push(spread(1, 2), pushed);
results.push([outer.length, defaults.length, outer.name, assigned.name, expr()].join());
function expr() { return String(recurse).replace(/\s+/g, ' '); }
try { unused(); } catch (e) { results.push(e.name); }
return results.join('|');
})();
`

const lazyWant = "later:10|17|18|2|120|undefined|1,1v,0|2v|3w|8|1|1,1,outer,assigned,function recurse(n) { return n <= 1 ? 1 : n * recurse(n - 1); }|ReferenceError"

// TestCompileLazy runs lazySource compiled lazily and eagerly and wants
// the same result, in several runtimes at once sharing one Program (as
// worker threads share gonode's compiled modules).
func TestCompileLazy(t *testing.T) {
	eager, err := goja.Compile("lazy.js", lazySource, true)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := goja.New().RunProgram(eager); err != nil || v.String() != lazyWant {
		t.Fatalf("eager: got %v, %v\nwant %s", v, err, lazyWant)
	}
	lazy, err := goja.CompileLazy("lazy.js", lazySource, true)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := goja.New().RunProgram(lazy)
			if err != nil || v.String() != lazyWant {
				t.Errorf("lazy: got %v, %v\nwant %s", v, err, lazyWant)
			}
		}()
	}
	wg.Wait()
}

// lazyPatternsSource has closures over per-iteration loop bindings, a
// catch parameter, a binding in its temporal dead zone, a default
// parameter's function, a body the parser scans by tokens (a name outside
// ASCII), defaults that alone reach a variable outside, and
// named function expressions (of a function compiled on first call and of
// a generator, compiled at once) that their inner functions name.
const lazyPatternsSource = `(function () {
'use strict';
const out = [];
const fns = [];
for (let i = 0; i < 3; i++) { fns.push(function () { return i; }); }
out.push(fns.map((f) => f()).join('+'));
const fns2 = [];
for (const k of ['a', 'b']) { fns2.push(function () { return k; }); }
out.push(fns2.map((f) => f()).join('+'));
try { throw new Error('E'); } catch (err) { out.push((function () { return err.message; })()); }
function tdz() { return later; }
let threw = false;
try { tdz(); } catch (e) { threw = e instanceof ReferenceError; }
const later = 5;
out.push(threw, tdz());
function withDefault(a, b = function () { return a * 2; }) { return b(); }
out.push(withDefault(21));
const accent = 'e';
function viaTokens() { const été = accent + '\u00e9'; return été; }
out.push(viaTokens());
const onlyInDefault = 'd';
function fromDefault(a = onlyInDefault, { b } = { b: onlyInDefault + 2 }) { return a + b; }
out.push(fromDefault());
const named = function me() { function inner() { return me; } return inner; };
out.push(named()() === named);
const gen = function* gme() { function inner2() { return gme; } yield inner2; };
out.push(gen().next().value() === gen);
return out.join();
})()`

// TestCompileLazyPatterns runs lazyPatternsSource compiled lazily and
// eagerly (node prints the same).
func TestCompileLazyPatterns(t *testing.T) {
	wantLazyAndEager(t, "patterns.js", lazyPatternsSource, "0+1+2,a+b,E,true,5,42,eé,dd2,true,true")
}

// wantLazyAndEager runs src compiled eagerly and lazily and wants want
// from each.
func wantLazyAndEager(t *testing.T, name, src, want string) {
	t.Helper()
	for _, compile := range []func(string, string, bool) (*goja.Program, error){goja.Compile, goja.CompileLazy} {
		prg, err := compile(name, src, true)
		if err != nil {
			t.Fatal(err)
		}
		if v, err := goja.New().RunProgram(prg); err != nil || v.String() != want {
			t.Errorf("got %v, %v, want %s", v, err, want)
		}
	}
}

// lazyMethodsSource has an object literal's methods, accessors and
// computed methods (compiled on first call, their bodies skipped by the
// parser), with super, closures over the code around them, and bodies
// whose braces are in templates, strings and regular expressions.
const lazyMethodsSource = `(function () {
'use strict';
const out = [];
let count = 0;
const base = { hello() { return 'base'; } };
const obj = {
  __proto__: base,
  hello() { count++; return 'obj>' + super.hello(); },
  get n() { return count * 10; },
  set n(v) { count = v; },
  tpl(a) { return ` + "`" + `${a}}{${` + "`" + `${a + '}'}` + "`" + `}` + "`" + ` + /[}{` + "`" + `'"]/.source + (a / 2) + '/'; },
  ['comp' + 'uted'](x) { return x * count; },
  nested() { return { inner() { return count + base.hello(); } }.inner(); },
};
out.push(obj.hello(), obj.n);
obj.n = 4;
out.push(obj.n, obj.tpl(6), obj.computed(3), obj.nested());
out.push(Object.getOwnPropertyDescriptor(obj, 'n').get.name, obj.hello.name, obj.computed.name, obj.tpl.length);
out.push(String(obj.nested).length);
return out.join('|');
})()`

// TestCompileLazyMethods runs lazyMethodsSource compiled lazily and eagerly
// (node prints the same).
func TestCompileLazyMethods(t *testing.T) {
	wantLazyAndEager(t, "methods.js", lazyMethodsSource, "obj>base|10|40|6}{6}[}{`'\"]3/|12|4base|get n|hello|computed|1|73")
}

// lazyBarrierSource has functions where a function compiled on first call
// could not find its bindings, which are compiled at once: in a catch
// parameter's pattern, in a for-of head's expression while its binding is
// in its dead zone, in a for-of declaration's pattern, and in a named
// function expression's parameter default naming the function.
const lazyBarrierSource = `(function () {
'use strict';
const out = [];
let x = 'outside';
let probeParam, probeBlock, probeExpr, probeDecl;
try { throw []; } catch ([_ = probeParam = function () { return x; }]) {
  probeBlock = function () { return x; };
  let x = 'inside';
}
out.push(probeParam(), probeBlock());
for (let x of (probeExpr = function () { typeof x; }, [])) ;
try { probeExpr(); out.push('no error'); } catch (e) { out.push(e.name); }
for (let [x, _ = probeDecl = function () { return x; }] of [['decl']]) ;
out.push(probeDecl());
let probeName;
const named = function f(_ = (probeName = function () { return f; })) {};
named();
out.push(probeName() === named);
return out.join();
})()`

// TestCompileLazyBarriers runs lazyBarrierSource compiled lazily and
// eagerly (node prints the same).
func TestCompileLazyBarriers(t *testing.T) {
	wantLazyAndEager(t, "barriers.js", lazyBarrierSource, "outside,inside,ReferenceError,decl,true")
}

// TestCompileLazyEarlyError checks that an early error only compiling a
// function finds, or a syntax error in a body the parser skipped, is a
// SyntaxError thrown at the function's first call, and that a syntax error
// the parser finds is reported at once.
func TestCompileLazyEarlyError(t *testing.T) {
	prg, err := goja.CompileLazy("e.js", `'use strict'; (function () { function dup(a, a) { return a } let r = 'ok'; try { dup(1, 2) } catch (e) { r = e.name + ': ' + e.message } return r })()`, true)
	if err != nil {
		t.Fatal(err)
	}
	v, err := goja.New().RunProgram(prg)
	if err != nil || !strings.HasPrefix(v.String(), "SyntaxError: Duplicate parameter name") {
		t.Fatalf("got %v, %v", v, err)
	}
	prg, err = goja.CompileLazy("e.js", `(function () { function bad() { return 1 +; } let r = typeof bad; try { bad() } catch (e) { r += ' ' + e.name } return r })()`, true)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := goja.New().RunProgram(prg); err != nil || v.String() != "function SyntaxError" {
		t.Fatalf("got %v, %v", v, err)
	}
	if _, err := goja.CompileLazy("e.js", `function f( { }`, true); err == nil {
		t.Fatal("a parse error compiled")
	}
}
