// Package asyncgen rewrites async generator functions (`async function*`
// and `async *method()`), which goja parses but does not compile, into
// generator functions that a small driver runs as the language's async
// generators: each `await x` inside becomes `(yield $gonode_await(x))`, a
// request the driver answers with x's settled value (or its rejection,
// thrown where the await was); every other yield hands a value to the
// consumer, once it has settled, as the result of next(). The object the
// function returns has next, return and throw, queues calls made while a
// step is in progress, and is its own Symbol.asyncIterator, as an async
// generator object is. `yield*` delegates to an async iterable. npm
// clients (axios, redis, mongodb, got) define their streams so; without
// the rewrite the whole module is a syntax error.
//
// The function keeps its name, parameters and length; its body runs in an
// inner generator called with the same this and arguments. Two things
// differ from the language: `super` inside an async generator method is a
// syntax error (the body is no longer the method's own), and a
// `return x` hands back x's settled value without the generator seeing a
// rejection of x.
//
// Methods are turned into methods that return an async generator
// expression's result first, textually, since goja's parser rejects
// `async *name() {}`; the functions are then found with goja's parser.
// Every line keeps its place.
package asyncgen

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/token"
	"github.com/gonode/gonode/internal/jsmodule"
	"github.com/gonode/gonode/internal/jsscan"
	"github.com/gonode/gonode/internal/srcedit"
)

// The helpers the rewritten code calls; Rewrite appends their
// declarations, hoisted, to the module.
const (
	driverName   = "$gonode_asyncGenerator"
	markName     = "$gonode_asyncGeneratorFunction"
	initName     = "$gonode_asyncGenerators"
	awaitName    = "$gonode_await"
	delegateName = "$gonode_asyncDelegate"
)

// Rewrite returns src with its async generator functions rewritten, and
// whether there were any (false also when src does not parse once methods
// are rewritten: the compiler reports that). A function whose head is not
// as expected is left alone, and stays a syntax error.
func Rewrite(src string) (string, bool) {
	if !mayHave(src) {
		return src, false
	}
	withMethods := rewriteMethods(src)
	prg, err := jsmodule.Parse(withMethods)
	if err != nil {
		return src, false
	}
	w := walker{src: withMethods, declared: map[*ast.FunctionLiteral]bool{}, methods: map[*ast.FunctionLiteral]bool{},
		named: map[*ast.FunctionLiteral]string{}}
	w.walk(reflect.ValueOf(prg.Body), false)
	if len(w.edits) == 0 {
		return src, false
	}
	return srcedit.Apply(withMethods, w.edits) + helpers, true
}

// mayHave reports whether src has `async`, maybe `function`, then `*`,
// with only spaces between: a quick look that spares most modules the
// scan and the parse. (Comments there would hide an async generator from
// the rewrite; the compiler then reports it.)
func mayHave(src string) bool {
	for i := strings.Index(src, "async"); i >= 0; {
		rest := strings.TrimLeft(src[i+len("async"):], " \t")
		if after, ok := strings.CutPrefix(rest, "function"); ok {
			rest = strings.TrimLeft(after, " \t\r\n")
		}
		if strings.HasPrefix(rest, "*") {
			return true
		}
		next := strings.Index(src[i+1:], "async")
		if next < 0 {
			return false
		}
		i += 1 + next
	}
	return false
}

// rewriteMethods turns each `async *key(params) { body }` method of an
// object literal or class into `key(params) { return (async function* ()
// { body }).apply(this, arguments); }`. A method is `async` and `*` after
// `{`, `,`, `;`, `}` or `static`, then a key, a parameter list and a body.
func rewriteMethods(src string) string {
	s := &jsscan.Scanner{Src: src}
	var edits []srcedit.Edit
	prev := ""
	for s.Pos < len(src) {
		tok := s.Next()
		if tok == "" {
			break
		}
		if tok == "async" {
			switch prev {
			case "{", ",", ";", "}", "static":
				if e, ok := readMethod(s.Fork(), s.Pos-len("async")); ok {
					edits = append(edits, e...)
				}
			}
		}
		prev = tok
	}
	if len(edits) == 0 {
		return src
	}
	return srcedit.Apply(src, edits)
}

// readMethod reads, on a fork of the scanner standing after `async` at
// offset at, the rest of an async generator method, and returns the edits
// that rewrite it.
func readMethod(s *jsscan.Scanner, at int) ([]srcedit.Edit, bool) {
	if s.Next() != "*" {
		return nil, false
	}
	star := s.Pos - 1
	switch key := s.Next(); {
	case key == "[":
		if !skipNested(s, "[", "]") {
			return nil, false
		}
	case key == "#":
		if name := s.Next(); name == "" || !isWord(name) {
			return nil, false
		}
	case key == "" || !isWord(key) && key[0] != '\'' && key[0] != '"':
		return nil, false
	}
	if s.Next() != "(" || !skipNested(s, "(", ")") || s.Next() != "{" {
		return nil, false
	}
	open := s.Pos
	end := s.MatchBrace()
	if end < 0 {
		return nil, false
	}
	return []srcedit.Edit{
		{At: at, Cut: len("async")},
		{At: star, Cut: 1},
		{At: open, Text: "return (async function* () {"},
		{At: end, Text: "}).apply(this, arguments);"},
	}, true
}

// skipNested reads on to the close that ends the open just read, counting
// nested pairs of the same kind; false at the end of the source.
func skipNested(s *jsscan.Scanner, open, close string) bool {
	for depth := 1; depth > 0; {
		switch s.Next() {
		case "":
			return false
		case open:
			depth++
		case close:
			depth--
		}
	}
	return true
}

func isWord(tok string) bool {
	c := tok[0]
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// walker collects the edits for the async generator functions below a
// node.
type walker struct {
	src   string
	edits []srcedit.Edit
	// declared are the async generator functions that are declarations;
	// methods, those that are class methods (which goja parses, where the
	// method rewrite did not apply); named, the anonymous ones whose name
	// the language infers from where they stand (`const g = async
	// function* () {}`), with that name.
	declared, methods map[*ast.FunctionLiteral]bool
	named             map[*ast.FunctionLiteral]string
}

var (
	declType   = reflect.TypeOf((*ast.FunctionDeclaration)(nil))
	bindType   = reflect.TypeOf((*ast.Binding)(nil))
	keyedType  = reflect.TypeOf((*ast.PropertyKeyed)(nil))
	assignType = reflect.TypeOf((*ast.AssignExpression)(nil))
	methodType = reflect.TypeOf((*ast.MethodDefinition)(nil))
	funcType   = reflect.TypeOf((*ast.FunctionLiteral)(nil))
	arrowType  = reflect.TypeOf((*ast.ArrowFunctionLiteral)(nil))
	awaitType  = reflect.TypeOf((*ast.AwaitExpression)(nil))
	yieldType  = reflect.TypeOf((*ast.YieldExpression)(nil))
)

// walk visits every node below v; inAsyncGen says whether the innermost
// function around v is an async generator, whose awaits and yield*s are
// rewritten.
func (w *walker) walk(v reflect.Value, inAsyncGen bool) {
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			w.walk(v.Elem(), inAsyncGen)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			w.walk(v.Index(i), inAsyncGen)
		}
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		switch v.Type() {
		case declType:
			w.declared[v.Interface().(*ast.FunctionDeclaration).Function] = true
		case methodType:
			w.methods[v.Interface().(*ast.MethodDefinition).Body] = true
		case bindType:
			b := v.Interface().(*ast.Binding)
			if id, ok := b.Target.(*ast.Identifier); ok {
				w.inferName(b.Initializer, string(id.Name))
			}
		case keyedType:
			if p := v.Interface().(*ast.PropertyKeyed); !p.Computed {
				switch k := p.Key.(type) {
				case *ast.Identifier:
					w.inferName(p.Value, string(k.Name))
				case *ast.StringLiteral:
					w.inferName(p.Value, string(k.Value))
				}
			}
		case assignType:
			if a := v.Interface().(*ast.AssignExpression); a.Operator == token.ASSIGN {
				if id, ok := a.Left.(*ast.Identifier); ok {
					w.inferName(a.Right, string(id.Name))
				}
			}
		case funcType:
			f := v.Interface().(*ast.FunctionLiteral)
			if f.Body == nil {
				return
			}
			asyncGen := f.Async && f.Generator
			if asyncGen {
				w.function(f)
			}
			w.walk(reflect.ValueOf(f.ParameterList), asyncGen)
			w.walk(reflect.ValueOf(f.Body.List), asyncGen)
			return
		case arrowType:
			a := v.Interface().(*ast.ArrowFunctionLiteral)
			w.walk(reflect.ValueOf(a.ParameterList), false)
			w.walk(reflect.ValueOf(&a.Body).Elem(), false)
			return
		case awaitType:
			a := v.Interface().(*ast.AwaitExpression)
			if inAsyncGen {
				w.edits = append(w.edits,
					srcedit.Edit{At: jsmodule.Offset(a.Await), Cut: len("await"), Text: "(yield " + awaitName + "("},
					srcedit.Edit{At: jsmodule.Offset(end(a.Argument)), Text: "))"})
			}
		case yieldType:
			y := v.Interface().(*ast.YieldExpression)
			if inAsyncGen && y.Delegate && y.Argument != nil {
				at := jsmodule.Offset(y.Argument.Idx0())
				w.edits = append(w.edits,
					srcedit.Edit{At: at, Text: delegateName + "("},
					srcedit.Edit{At: jsmodule.Offset(end(y.Argument)), Text: ")"})
			}
		}
		w.walk(v.Elem(), inAsyncGen)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				w.walk(v.Field(i), inAsyncGen)
			}
		}
	}
}

// inferName notes name for e if e is an anonymous async generator
// function expression, whose name the language infers so.
func (w *walker) inferName(e ast.Expression, name string) {
	if f, ok := e.(*ast.FunctionLiteral); ok && f.Async && f.Generator && f.Name == nil {
		w.named[f] = name
	}
}

var (
	nodeType = reflect.TypeOf((*ast.Node)(nil)).Elem()
	newType  = reflect.TypeOf((*ast.NewExpression)(nil))
)

// end is where expression e's text ends. goja's Idx1 is not always right
// (`new C()` ends after C by its account, and an expression that ends in
// one, such as `a || new C()`, with it): the end is the furthest any node
// of e ends, a `new` with parentheses after them.
func end(e ast.Expression) file.Idx {
	var last file.Idx
	var visit func(v reflect.Value)
	visit = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer:
			if v.IsNil() {
				return
			}
			if v.Type() == newType {
				if n := v.Interface().(*ast.NewExpression); n.RightParenthesis > 0 {
					last = max(last, n.RightParenthesis+1)
				}
			}
			if v.Type().Implements(nodeType) {
				last = max(last, v.Interface().(ast.Node).Idx1())
			}
			visit(v.Elem())
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				visit(v.Index(i))
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					visit(v.Field(i))
				}
			}
		}
	}
	visit(reflect.ValueOf(&e).Elem())
	return last
}

// function rewrites the head and body of an async generator function: the
// `async` and `*` go, and the body moves into a generator that the driver
// runs with the function's this and arguments. The function then gets the
// prototypes an async generator function has (markName): a declaration
// by a statement after it, an expression by a call around it, which also
// gives it the name the language would have inferred; a class method
// stays a plain method, as the method rewrite makes it.
func (w *walker) function(f *ast.FunctionLiteral) {
	start, close := jsmodule.Offset(f.Function), jsmodule.Offset(f.Body.RightBrace)
	switch {
	case w.methods[f]:
	case w.declared[f]:
		w.edits = append(w.edits, srcedit.Edit{At: close + 1, Text: ";" + markName + "(" + string(f.Name.Name) + ");"})
	default:
		tail := ")"
		if name, ok := w.named[f]; ok {
			tail = ", " + strconv.Quote(name) + ")"
		}
		w.edits = append(w.edits, srcedit.Edit{At: start, Text: markName + "("}, srcedit.Edit{At: close + 1, Text: tail})
	}
	s := &jsscan.Scanner{Src: w.src, Pos: start}
	for tok := s.Next(); tok != "*"; tok = s.Next() {
		switch tok {
		case "async":
			w.edits = append(w.edits, srcedit.Edit{At: s.Pos - len(tok), Cut: len(tok)})
		case "function":
		default:
			return // not the head it should be: left to the compiler
		}
	}
	w.edits = append(w.edits, srcedit.Edit{At: s.Pos - 1, Cut: 1})
	at, afterDirective := jsmodule.BodyStart(f.Body)
	text := "return " + driverName + "(this, arguments, function* () {"
	if afterDirective {
		// The directive's own semicolon may be missing (a line end ends it).
		text = ";" + text
	}
	w.edits = append(w.edits,
		srcedit.Edit{At: at, Text: text},
		srcedit.Edit{At: close, Text: "});"})
}

// helpers are the driver, the await request, the delegation and the
// marking of functions, appended to a module that has async generators.
// The driver follows the language's AsyncGenerator objects: requests
// queue; a step runs the inner generator until it yields a value
// (delivered once settled) or an await request (answered once settled),
// returns or throws. The intrinsics (AsyncGeneratorFunction and the
// prototypes) are made once per module, on first use.
const helpers = `
;function ` + awaitName + `(v) { return new (` + initName + `().Await)(v); }
function ` + markName + `(f, name) {
  const d = ` + initName + `();
  Object.setPrototypeOf(f, d.functionProto);
  Object.defineProperty(f, 'prototype', { writable: true, value: Object.create(d.proto) });
  if (name !== undefined) Object.defineProperty(f, 'name', { configurable: true, value: name });
  return f;
}
function ` + driverName + `(self, args, body) {
  const d = ` + initName + `();
  const o = Object.create(d.proto);
  o[d.state] = { gen: body.apply(self, args), queue: [], state: 'start', running: false };
  return o;
}
function ` + initName + `() {
  const d = ` + initName + `;
  if (d.proto !== undefined) return d;
  d.Await = function Await(v) { this.v = v; };
  d.state = Symbol('asyncGeneratorState');
  const define = (o, k, value) => Object.defineProperty(o, k, { writable: true, configurable: true, value });
  const tag = (o, name) => Object.defineProperty(o, Symbol.toStringTag, { configurable: true, value: name });
  const iteratorProto = {};
  define(iteratorProto, Symbol.asyncIterator, { [Symbol.asyncIterator]() { return this; } }[Symbol.asyncIterator]);
  const proto = Object.create(iteratorProto);
  for (const k of ['next', 'return', 'throw']) {
    define(proto, k, {
      [k](v) {
        const g = this !== null && typeof this === 'object' ? this[d.state] : undefined;
        if (g === undefined) return Promise.reject(new TypeError(k + ' method called on incompatible receiver ' + String(this)));
        return new Promise((resolve, reject) => { g.queue.push({ type: k, value: v, resolve, reject }); d.resume(g); });
      },
    }[k]);
  }
  tag(proto, 'AsyncGenerator');
  const functionProto = Object.create(Function.prototype);
  const AsyncGeneratorFunction = function AsyncGeneratorFunction() {
    throw new SyntaxError('gonode cannot compile async generator functions from text');
  };
  Object.setPrototypeOf(AsyncGeneratorFunction, Function);
  Object.defineProperty(AsyncGeneratorFunction, 'prototype', { value: functionProto });
  Object.defineProperty(functionProto, 'constructor', { configurable: true, value: AsyncGeneratorFunction });
  Object.defineProperty(functionProto, 'prototype', { configurable: true, value: proto });
  tag(functionProto, 'AsyncGeneratorFunction');
  Object.defineProperty(proto, 'constructor', { configurable: true, value: functionProto });
  d.proto = proto;
  d.functionProto = functionProto;
  d.resume = (g) => {
    if (g.running || g.queue.length === 0) return;
    const req = g.queue[0];
    if (g.state === 'start' && req.type !== 'next') g.state = 'done';
    if (g.state === 'done') {
      if (req.type === 'next') return d.settle(g, { value: undefined, done: true });
      if (req.type === 'throw') return d.fail(g, req.value);
      g.running = true;
      Promise.resolve(req.value).then((value) => d.settle(g, { value, done: true }), (e) => d.fail(g, e));
      return;
    }
    g.running = true;
    if (req.type === 'return') {
      Promise.resolve(req.value).then((v) => d.step(g, 'return', v), (e) => d.step(g, 'throw', e));
    } else {
      d.step(g, req.type, req.value);
    }
  };
  d.step = (g, type, v) => {
    let r;
    try {
      r = g.gen[type](v);
    } catch (e) {
      g.state = 'done';
      return d.fail(g, e);
    }
    if (r.done) {
      g.state = 'done';
      Promise.resolve(r.value).then((value) => d.settle(g, { value, done: true }), (e) => d.fail(g, e));
    } else if (r.value instanceof d.Await) {
      Promise.resolve(r.value.v).then((x) => d.step(g, 'next', x), (e) => d.step(g, 'throw', e));
    } else {
      g.state = 'yield';
      Promise.resolve(r.value).then((value) => d.settle(g, { value, done: false }), (e) => d.step(g, 'throw', e));
    }
  };
  d.settle = (g, result) => { g.running = false; g.queue.shift().resolve(result); d.resume(g); };
  d.fail = (g, e) => { g.running = false; g.queue.shift().reject(e); d.resume(g); };
  return d;
}
function* ` + delegateName + `(iterable) {
  const m = iterable == null ? undefined : iterable[Symbol.asyncIterator];
  const it = m != null ? m.call(iterable) : iterable[Symbol.iterator]();
  let received, mode = 'next', done = false;
  try {
    for (;;) {
      if (mode !== 'next' && typeof it[mode] !== 'function') {
        done = true;
        if (mode === 'return') return received;
        throw received;
      }
      const r = yield ` + awaitName + `(it[mode](received));
      if (Object(r) !== r) throw new TypeError('Iterator result ' + r + ' is not an object');
      if (r.done) { done = true; return r.value; }
      mode = 'next';
      try {
        received = yield r.value;
      } catch (e) {
        mode = 'throw';
        received = e;
      }
    }
  } finally {
    if (!done && typeof it.return === 'function') yield ` + awaitName + `(it.return());
  }
}
`
