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

// TestCompileLazyEarlyError checks that an early error only compiling a
// function finds is a SyntaxError thrown at its first call, and that a
// syntax error the parser finds is reported at once.
func TestCompileLazyEarlyError(t *testing.T) {
	prg, err := goja.CompileLazy("e.js", `'use strict'; (function () { function dup(a, a) { return a } let r = 'ok'; try { dup(1, 2) } catch (e) { r = e.name + ': ' + e.message } return r })()`, true)
	if err != nil {
		t.Fatal(err)
	}
	v, err := goja.New().RunProgram(prg)
	if err != nil || !strings.HasPrefix(v.String(), "SyntaxError: Duplicate parameter name") {
		t.Fatalf("got %v, %v", v, err)
	}
	if _, err := goja.CompileLazy("e.js", `function f( { }`, true); err == nil {
		t.Fatal("a parse error compiled")
	}
}
