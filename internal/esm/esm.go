// Package esm turns an ES module's text into CommonJS text that the module
// loader runs as it runs any module, so that require() of an ES module
// works as it does in node 20 (which returns the module's namespace
// object). goja has no module grammar; the rewrite is on the statements of
// the module's top level, found with jsscan:
//
//   - `import d, { a as b } from 's'` becomes bindings read from
//     require('s') (its namespace if it is an ES module; for a CommonJS
//     module, its exports as the default and their own keys as names);
//     `import * as ns`, `import 's'` likewise;
//   - `export` before a declaration goes, and the declared names are
//     exported; `export { a as b }`, `export default ...`, `export * from`
//     and `export { x } from` are exported as node does;
//   - `import.meta` is an object with url, filename and dirname, and
//     `import(x)` a promise of what importing x gives.
//
// module.exports becomes the namespace object: null-prototyped, tagged
// Module, its keys sorted, each a getter of the live binding, plus
// `__esModule: true` when there is a default export, as node's require
// gives it. Imports are bound once, when their statement runs (where node
// binds them live and before the module's code), and a module is not
// evaluated before those it imports cyclically. A module that awaits at its
// top level (or imports one that does) is rewritten for an async function:
// see Transform. Every line keeps its place.
package esm

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/gonode/gonode/internal/jsscan"
	"github.com/gonode/gonode/internal/srcedit"
)

// Names the rewritten text uses; helpers declares the functions.
const (
	importName = "$gonode_esmImport"
	// importAsyncName is importName in an async module: a promise of the
	// namespace once the module has run.
	importAsyncName = "$gonode_esmImportAsync"
	runningName     = "$gonode_esmRunning" // the promise of an async module's having run
	startName       = "$gonode_esmStartImports"
	linksName       = "$gonode_imports" // an async module's imports, begun
	// importKey is the key of the function on an importing module's require
	// that loads a module for an import: unlike require, it takes a module
	// that awaits at its top level (see ImportKey).
	importKey     = "Symbol.for('" + ImportKey + "')"
	namespaceName = "$gonode_esmNamespace"
	starName      = "$gonode_esmStar"
	dynamicName   = "$gonode_esmDynamic"
	metaName      = "$gonode_importMeta"
	defaultName   = "$gonode_default"
	nsKey         = "$gonode_namespace" // the module record's own namespace, for imports
	bindName      = "$gonode_esmBind"
	laterKey      = "$gonode_onLoaded" // a module record's bindings to read again once it has run
)

// ImportKey names (in the symbol registry) the function the runtime puts on
// the require of a module that imports: it loads a module as require does,
// but lets an ES module run asynchronously (its top level awaits), where
// require throws ERR_REQUIRE_ASYNC_MODULE.
const ImportKey = "gonode.esm.import"

// EvaluationKey is the property the runtime gives the record (module
// object) of an ES module that runs asynchronously: the promise of its
// having run.
const EvaluationKey = "$gonode_evaluation"

// WrapperParams are the parameters of the function an ES module's text (as
// Transform makes it) runs in: CommonJS's exports, require, module,
// __filename and __dirname under names of the same lengths, so that the
// wrapper is as wide as CommonJS's and columns on its line stay right; the
// module's own code, as in node, sees none of CommonJS's.
const WrapperParams = exportsParam + ", " + requireParam + ", " + moduleParam + ", " + filenameParam + ", " + dirnameParam

// AsyncWrapperParams are WrapperParams without their spaces: an async
// function's wrapper, "(async function(" + AsyncWrapperParams + "){ ", is as
// wide as CommonJS's.
const AsyncWrapperParams = exportsParam + "," + requireParam + "," + moduleParam + "," + filenameParam + "," + dirnameParam

const (
	exportsParam  = "$gn_exp"
	requireParam  = "$gn_req"
	moduleParam   = "$gnmod"
	filenameParam = "$gn_fname_"
	dirnameParam  = "$gn_dname"
)

// export is one name the module exports: read is the expression (a local
// binding, or a re-exported module's member) its getter returns; reexport
// marks another module's binding, which stays live.
type export struct {
	name, read string
	reexport   bool
}

// rewriter collects the edits and the exports of one module.
type rewriter struct {
	src     string
	edits   []srcedit.Edit
	exports []export
	stars   []string // re-exported modules (export * from)
	// imported maps the local names imports bind to the namespace members
	// they read, so that exporting one exports the live member.
	imported map[string]string
	// mutable are the local names let and var declarations export, whose
	// values may change after the module has run.
	mutable  map[string]bool
	n        int // numbers the temporaries
	usesMeta bool
	// async makes imports wait for the modules they import to have run
	// (the module runs in an async function: see Transform).
	async bool
	// imports are the specifiers of the static imports and re-exports;
	// importLits, in an async module, their string literals.
	imports, importLits []string
}

// Module is an ES module's text rewritten by Transform.
type Module struct {
	// Text is the CommonJS text.
	Text string
	// Imports are the specifiers of the static imports and re-exports, in
	// order.
	Imports []string
	// Prologue is how many bytes Text adds before the module's first line
	// (columns on that line move by as many).
	Prologue int
}

// Transform rewrites src, an ES module's text, into CommonJS text, or
// returns an error for a statement it cannot read. With async, the text is
// for an async
// function (AsyncWrapperParams: the module awaits at its top level, or
// imports one that does); its imports all begin to run first, then it
// waits for each in turn to have run, unless that one waits for it (a
// cycle).
func Transform(src string, async bool) (Module, error) {
	r := &rewriter{src: src, imported: map[string]string{}, mutable: map[string]bool{}, async: async}
	s := &jsscan.Scanner{Src: src}
	depth := 0
	prev := ""
	for s.Pos < len(src) {
		tok := s.Next()
		if tok == "" {
			break
		}
		at := s.Pos - len(tok)
		switch tok {
		case "{", "(", "[":
			depth++
		case "}", ")", "]":
			depth--
		case "import":
			if prev == "." {
				break // a property named import
			}
			next := s.Fork()
			switch nt := next.Next(); {
			case nt == "(":
				if isImportCall(s) {
					r.replace(at, at+len("import"), dynamicCall(requireParam))
				}
			case nt == ".":
				if next.Next() == "meta" {
					r.usesMeta = true
					r.replace(at, next.Pos, metaName)
				}
			case depth == 0:
				if err := r.importDecl(s, at); err != nil {
					return Module{}, err
				}
				tok = ";"
			}
		case "export":
			if prev == "." {
				break
			}
			if depth != 0 {
				return Module{}, fmt.Errorf("export inside a block at offset %d", at)
			}
			if err := r.exportDecl(s, at); err != nil {
				return Module{}, err
			}
			tok = ";"
		}
		prev = tok
	}
	text, prologue := r.finish()
	return Module{Text: text, Imports: r.imports, Prologue: prologue}, nil
}

// importCall is the expression that imports the module the string literal
// lit names, as a namespace.
func (r *rewriter) importCall(lit string) string {
	r.imports = append(r.imports, unquote(lit))
	if r.async {
		r.importLits = append(r.importLits, lit)
		return "(await " + linksName + "[" + strconv.Itoa(len(r.importLits)-1) + "])"
	}
	return importName + "(" + requireParam + ", " + lit + ")"
}

// replace replaces the text from at to end with text, and with as many
// line ends as it had, so that the lines after it keep their numbers.
func (r *rewriter) replace(at, end int, text string) {
	text += strings.Repeat("\n", strings.Count(r.src[at:end], "\n"))
	r.edits = append(r.edits, srcedit.Edit{At: at, Cut: end - at, Text: text})
}

// temp returns a fresh temporary's name.
func (r *rewriter) temp() string {
	r.n++
	return "$gonode_m" + strconv.Itoa(r.n)
}

// specifier reads a module specifier (a string literal) and any import
// attributes after it (`with { type: 'json' }`), and the statement's
// semicolon; it returns the literal and the offset where the statement ends.
func specifier(s *jsscan.Scanner) (string, int, error) {
	lit := s.Next()
	if len(lit) < 2 || lit[0] != '\'' && lit[0] != '"' || lit[len(lit)-1] != lit[0] || strings.ContainsAny(lit, "\n\r") {
		return "", 0, fmt.Errorf("expected a module specifier, found %q", lit)
	}
	end := s.Pos
	next := s.Fork()
	switch t := next.Next(); t {
	case "with", "assert":
		if next.Next() == "{" && next.MatchBrace() >= 0 {
			end = next.Pos
			*s = *next
		}
	}
	next = s.Fork()
	if next.Next() == ";" {
		end = next.Pos
		*s = *next
	}
	return lit, end, nil
}

// bindingList reads `{ a, b as c, default as d }` after its `{`: pairs of
// (imported or local name, bound or exported name).
func bindingList(s *jsscan.Scanner) ([][2]string, error) {
	var out [][2]string
	for {
		t := s.Next()
		switch t {
		case "}":
			return out, nil
		case ",":
			continue
		case "":
			return nil, fmt.Errorf("unterminated binding list")
		}
		from, to := t, t
		next := s.Fork()
		if next.Next() == "as" {
			to = next.Next()
			*s = *next
		}
		// A name is an identifier, or a string (an export's name may be
		// any string: 'b c').
		for _, name := range [2]string{from, to} {
			if !isIdent(name) && !isStringLiteral(name) {
				return nil, fmt.Errorf("unexpected %q in a binding list", name)
			}
		}
		out = append(out, [2]string{unquote(from), unquote(to)})
	}
}

// isStringLiteral reports whether the token t is a string in quotes.
func isStringLiteral(t string) bool {
	return len(t) >= 2 && (t[0] == '\'' || t[0] == '"') && t[len(t)-1] == t[0]
}

// unquote turns a string-literal name ("a-b") into the name.
func unquote(name string) string {
	if len(name) >= 2 && (name[0] == '\'' || name[0] == '"') {
		if u, err := strconv.Unquote(`"` + name[1:len(name)-1] + `"`); err == nil {
			return u
		}
		return name[1 : len(name)-1]
	}
	return name
}

// member is the expression that reads name of the namespace held in ns.
func member(ns, name string) string {
	return ns + "[" + strconv.Quote(name) + "]"
}

// importDecl rewrites the import declaration whose `import` is at offset
// at (the scanner stands after it).
func (r *rewriter) importDecl(s *jsscan.Scanner, at int) error {
	var decls []string // "local = expression"
	var ns string
	next := s.Fork()
	t := next.Next()
	if t != "" && (t[0] == '\'' || t[0] == '"') {
		lit, end, err := specifier(s)
		if err != nil {
			return err
		}
		// (Imported for its effects: the namespace is not made.)
		if r.async {
			r.replace(at, end, r.importCall(lit)+";")
		} else {
			r.imports = append(r.imports, unquote(lit))
			r.replace(at, end, requireParam+"["+importKey+"]("+lit+");")
		}
		return nil
	}
	ns = r.temp()
	for {
		t := s.Next()
		switch {
		case t == "from":
			lit, end, err := specifier(s)
			if err != nil {
				return err
			}
			// The bindings are read when the statement runs; in a cycle, a
			// binding the other module has not initialised yet is read
			// again once that module has run (bindName).
			text := "const " + ns + " = " + r.importCall(lit) + ";"
			if len(decls) > 0 {
				names := make([]string, len(decls))
				for i, d := range decls {
					names[i], _, _ = strings.Cut(d, " = ")
				}
				text += "let " + strings.Join(names, ", ") + "; " + bindName + "(" + requireParam + ", " + lit + ", () => { " + strings.Join(decls, "; ") + "; });"
			}
			r.replace(at, end, text)
			return nil
		case t == ",":
		case t == "*":
			if s.Next() != "as" {
				return fmt.Errorf("expected as after import *")
			}
			local := s.Next()
			if !isIdent(local) {
				return fmt.Errorf("expected a name after import * as, found %q", local)
			}
			decls = append(decls, local+" = "+ns)
			r.imported[local] = ns
		case t == "{":
			list, err := bindingList(s)
			if err != nil {
				return err
			}
			for _, b := range list {
				if !isIdent(b[1]) {
					return fmt.Errorf("expected a binding name, found %q", b[1])
				}
				decls = append(decls, b[1]+" = "+member(ns, b[0]))
				r.imported[b[1]] = member(ns, b[0])
			}
		case t == "" || !isIdent(t):
			return fmt.Errorf("unexpected %q in an import declaration", t)
		default:
			decls = append(decls, t+" = "+member(ns, "default"))
			r.imported[t] = member(ns, "default")
		}
	}
}

// exportDecl rewrites the export declaration whose `export` is at offset
// at (the scanner stands after it).
func (r *rewriter) exportDecl(s *jsscan.Scanner, at int) error {
	next := s.Fork()
	t := next.Next()
	switch t {
	case "default":
		*s = *next
		return r.exportDefault(s, at)
	case "*":
		*s = *next
		name := ""
		if n := s.Fork(); n.Next() == "as" {
			name = unquote(n.Next())
			*s = *n
		}
		if s.Next() != "from" {
			return fmt.Errorf("expected from after export *")
		}
		lit, end, err := specifier(s)
		if err != nil {
			return err
		}
		ns := r.temp()
		r.replace(at, end, "const "+ns+" = "+r.importCall(lit)+";")
		if name != "" {
			r.exports = append(r.exports, export{name, ns, true})
		} else {
			r.stars = append(r.stars, ns)
		}
		return nil
	case "{":
		*s = *next
		list, err := bindingList(s)
		if err != nil {
			return err
		}
		end := s.Pos
		n := s.Fork()
		if n.Next() == "from" {
			*s = *n
			lit, stmtEnd, err := specifier(s)
			if err != nil {
				return err
			}
			ns := r.temp()
			r.replace(at, stmtEnd, "const "+ns+" = "+r.importCall(lit)+";")
			for _, b := range list {
				r.exports = append(r.exports, export{b[1], member(ns, b[0]), true})
			}
			return nil
		}
		if n := s.Fork(); n.Next() == ";" {
			end = n.Pos
			*s = *n
		}
		for _, b := range list {
			r.exports = append(r.exports, export{b[1], b[0], false}) // an import's member once finish knows them all
		}
		r.replace(at, end, "")
		return nil
	case "const", "let", "var":
		r.replace(at, at+len("export"), "")
		// The names are read ahead; the declaration itself is scanned as
		// the module's other code is, so that import.meta and import() in
		// its initialisers are rewritten too.
		names, err := declaredNames(next)
		if err != nil {
			return err
		}
		for _, n := range names {
			r.exports = append(r.exports, export{n, n, false})
			r.mutable[n] = t != "const"
		}
		return nil
	case "async", "function", "class":
		r.replace(at, at+len("export"), "")
		name, err := declarationName(next, t)
		if err != nil {
			return err
		}
		r.exports = append(r.exports, export{name, name, false})
		return nil
	}
	return fmt.Errorf("unexpected %q after export", t)
}

// declarationName reads the name of the function or class declaration
// whose first token, first, the scanner has just read.
func declarationName(s *jsscan.Scanner, first string) (string, error) {
	t := first
	if t == "async" {
		t = s.Next()
	}
	if t == "function" {
		t = s.Next()
		if t == "*" {
			t = s.Next()
		}
	} else if t == "class" {
		t = s.Next()
	}
	if !isIdent(t) || t == "extends" {
		return "", fmt.Errorf("expected a declaration's name, found %q", t)
	}
	return t, nil
}

// exportDefault rewrites `export default ...` at offset at: a named
// function or class declaration stays one and is the default; anything
// else is the value of a constant that is.
func (r *rewriter) exportDefault(s *jsscan.Scanner, at int) error {
	next := s.Fork()
	t := next.Next()
	if t == "async" || t == "function" || t == "class" {
		if name, err := declarationName(next.Fork(), t); err == nil && !(t == "class" && name == "extends") {
			// A named declaration: `export default` goes.
			r.replace(at, s.Pos, "")
			r.exports = append(r.exports, export{"default", name, false})
			return nil
		}
	}
	r.replace(at, s.Pos, "const "+defaultName+" =")
	r.exports = append(r.exports, export{"default", defaultName, false})
	return nil
}

// declaredNames reads the names a const, let or var declaration binds:
// each declarator's identifier, or the identifiers an object or array
// pattern binds (shorthand properties, renamed ones after their colon,
// elements); initialisers are skipped to the comma or the end.
func declaredNames(s *jsscan.Scanner) ([]string, error) {
	var names []string
	for {
		t := s.Next()
		switch {
		case t == "{" || t == "[":
			names = append(names, patternNames(s, t)...)
		case isIdent(t):
			names = append(names, t)
		default:
			return nil, fmt.Errorf("unexpected %q in an exported declaration", t)
		}
		// Skip the initialiser to a comma at this level, or the end.
		switch skipExpression(s, func(t string) bool { return t == "," || t == ";" || statementStart(t) }) {
		case ",":
			s.Next()
		case ";":
			s.Next()
			return names, nil
		default:
			return names, nil // the end, or the next statement after an automatic semicolon
		}
	}
}

// statementStart reports whether w is a word that cannot continue an expression, so begins
// the statement after one that ended without a semicolon.
func statementStart(w string) bool {
	switch w {
	case "export", "import", "const", "let", "var", "function", "class", "if", "for", "while", "do", "switch",
		"try", "return", "throw":
		return true
	}
	return false
}

// patternNames reads the names an object or array binding pattern binds,
// after its opening bracket open.
func patternNames(s *jsscan.Scanner, open string) []string {
	var names []string
	close := map[string]string{"{": "}", "[": "]"}[open]
	last := "" // the element's last word: its binding, if it ends here
	bind := func() {
		if isIdent(last) {
			names = append(names, last)
		}
		last = ""
	}
	for {
		switch t := s.Next(); t {
		case "", close:
			bind()
			return names
		case "{", "[":
			names = append(names, patternNames(s, t)...)
			last = ""
		case ",":
			bind()
		case ":":
			last = "" // a property's key: its value is the binding
		case "=":
			bind()
			skipDefault(s)
		case ".":
		default:
			last = t
		}
	}
}

// skipDefault skips a pattern element's default value, up to the comma or
// closing bracket that ends it (left for the caller to read).
func skipDefault(s *jsscan.Scanner) {
	skipExpression(s, func(t string) bool { return t == "," })
}

// skipExpression skips tokens up to, not including, the first one at this
// level of brackets that stop accepts or that closes a bracket opened
// before, and returns it ("" at the end of the source).
func skipExpression(s *jsscan.Scanner, stop func(string) bool) string {
	depth := 0
	for {
		n := s.Fork()
		t := n.Next()
		switch {
		case t == "":
			return ""
		case t == "(" || t == "[" || t == "{":
			depth++
		case t == ")" || t == "]" || t == "}":
			if depth == 0 {
				return t
			}
			depth--
		case depth == 0 && stop(t):
			return t
		}
		*s = *n
	}
}

func isIdent(t string) bool {
	if t == "" {
		return false
	}
	c := t[0]
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// finish applies the edits: 'use strict' and the namespace's definition
// go first, on the first line (the prologue, whose length it returns with
// the text), and the star re-exports after the module's code.
func (r *rewriter) finish() (text string, prologue int) {
	sort.SliceStable(r.exports, func(i, j int) bool { return r.exports[i].name < r.exports[j].name })
	var b strings.Builder
	b.WriteString("'use strict';")
	if r.usesMeta {
		b.WriteString("const " + metaName + " = " + "{ url: " + requireParam + "('url').pathToFileURL(" + filenameParam + ").href, filename: " +
			filenameParam + ", dirname: " + dirnameParam + " };")
	}
	b.WriteString(namespaceName + "(" + moduleParam + ", {")
	hasDefault := false
	var live []string
	for i, e := range r.exports {
		if i > 0 {
			b.WriteString(", ")
		}
		hasDefault = hasDefault || e.name == "default"
		read := e.read
		if m, ok := r.imported[read]; ok {
			read = m // an imported binding, exported: live, as the module's member
			live = append(live, strconv.Quote(e.name))
		} else if r.mutable[read] || e.reexport {
			live = append(live, strconv.Quote(e.name))
		}
		b.WriteString(strconv.Quote(e.name) + ": () => " + read)
	}
	// The re-exported modules are read once the module has run (their
	// constants are not initialised before).
	b.WriteString("}, " + strconv.FormatBool(hasDefault) + ", () => [" + strings.Join(r.stars, ", ") + "], [" + strings.Join(live, ", ") + "]);")
	if r.async && len(r.importLits) > 0 {
		// An async module's imports all begin to run before it waits for
		// the first, as node runs a module's imports while one awaits.
		b.WriteString("const " + linksName + " = " + startName + "(" + requireParam + ", " + moduleParam + ", [" + strings.Join(r.importLits, ", ") + "]);")
	}
	edits := append([]srcedit.Edit{{At: 0, Text: b.String()}}, r.edits...)
	return srcedit.Apply(r.src, edits) + "\n;" + starName + "(" + moduleParam + ");" + helpers, b.Len()
}

// DynamicImports rewrites the import(x) calls of a CommonJS module's text,
// which goja does not parse, into calls of a function appended to the text
// (hoisted) that returns a promise of the namespace of require(x), as
// import() from CommonJS gives it; the second result reports whether
// there were any. Every line keeps its place.
func DynamicImports(src string) (string, bool) {
	if !mayCallImport(src) {
		return src, false
	}
	s := &jsscan.Scanner{Src: src}
	var edits []srcedit.Edit
	prev := ""
	for {
		tok := s.Next()
		if tok == "" {
			break
		}
		if tok == "import" && prev != "." && isImportCall(s) {
			at := s.Pos - len(tok)
			edits = append(edits, srcedit.Edit{At: at, Cut: len(tok), Text: dynamicCall("require")})
		}
		prev = tok
	}
	if len(edits) == 0 {
		return src, false
	}
	return srcedit.Apply(src, edits) + "\n;" + importHelpers, true
}

// dynamicCall is what an import(x) call's import becomes: a call of the
// helper that gets its module's require, named req there.
func dynamicCall(req string) string {
	return dynamicName + ".bind(null, " + req + ")"
}

// mayCallImport reports whether src has the word import followed, after
// any spaces, by "(": the cheap test before a scan.
func mayCallImport(src string) bool {
	for i := 0; ; {
		j := strings.Index(src[i:], "import")
		if j < 0 {
			return false
		}
		i += j + len("import")
		k := i
		for k < len(src) && (src[k] == ' ' || src[k] == '\t' || src[k] == '\n' || src[k] == '\r') {
			k++
		}
		if k < len(src) && src[k] == '(' {
			return true
		}
	}
}

// isImportCall reports whether the word import just read begins a call,
// import(...), rather than a method named import (import(...) { ... }).
func isImportCall(s *jsscan.Scanner) bool {
	f := s.Fork()
	if f.Next() != "(" {
		return false
	}
	for depth := 1; depth > 0; {
		switch f.Next() {
		case "":
			return false
		case "(":
			depth++
		case ")":
			depth--
		}
	}
	return f.Next() != "{"
}

// importHelpers are the functions an import of a module, and import(),
// call: the namespace of what require gives (a CommonJS module's exports
// as its default and their own keys as names), and for import() and an
// async module's imports a promise of it once the module has run; import()
// also takes a file: URL.
const importHelpers = `
function ` + importName + `(require, specifier) {
  // (Code compiled as a script, -e's or vm's, has only require.)
  const m = (require[` + importKey + `] || require)(specifier);
  const isNamespace = m !== null && typeof m === 'object' && Object.getPrototypeOf(m) === null && m[Symbol.toStringTag] === 'Module';
  if (isNamespace && m.__esModule !== true) return m;
  if (isNamespace || typeof m === 'function') {
    // An ES module with a default export (require gives its namespace with
    // __esModule), or with one named 'module.exports' (require gives that):
    // its own namespace.
    const record = require.cache[require.resolve(specifier)];
    if (record !== undefined && record.` + nsKey + ` !== undefined) return record.` + nsKey + `;
    if (isNamespace) return m;
  }
  const ns = Object.create(null);
  if (m !== null && (typeof m === 'object' || typeof m === 'function')) {
    for (const k of Object.keys(m)) if (k !== 'default') Object.defineProperty(ns, k, { enumerable: true, get: () => m[k] });
  }
  Object.defineProperty(ns, 'default', { enumerable: true, value: m });
  return ns;
}
function ` + dynamicName + `(require, specifier) {
  return new Promise((resolve) => {
    specifier = ` + "`${specifier}`" + `;
    if (specifier.startsWith('file:')) specifier = require('url').fileURLToPath(specifier);
    const ns = ` + importName + `(require, specifier);
    const running = ` + runningName + `(require, specifier);
    resolve(running === undefined ? ns : running.then(() => ns));
  });
}
function ` + importAsyncName + `(require, module, specifier) {
  const ns = ` + importName + `(require, specifier);
  const running = ` + runningName + `(require, specifier);
  if (running === undefined) return ns;
  // A module whose imports led to this one's waits for it (a cycle): the
  // bindings read from it then are read again once it has run.
  const record = require.cache[require.resolve(specifier)];
  for (let m = module; m; m = m.parent) if (m === record) return ns;
  return running.then(() => ns);
}
function ` + startName + `(require, module, specifiers) {
  return specifiers.map((specifier) => {
    const ns = ` + importAsyncName + `(require, module, specifier);
    // (A failure is the import's, once awaited.)
    if (ns instanceof Promise) ns.catch(() => {});
    return ns;
  });
}
function ` + runningName + `(require, specifier) {
  const record = require.cache[require.resolve(specifier)];
  return record === undefined ? undefined : record.` + EvaluationKey + `;
}
`

// helpers are the functions the rewritten module calls, appended to it
// (after importHelpers).
const helpers = importHelpers + `
function ` + namespaceName + `(module, getters, hasDefault, stars, live) {
  const make = (extra) => {
    const ns = Object.create(null);
    const names = Object.keys(getters);
    if (extra) names.push('__esModule');
    for (const k of names.sort()) {
      Object.defineProperty(ns, k, k === '__esModule' ? { enumerable: true, configurable: true, value: true } : { enumerable: true, configurable: true, get: getters[k] });
    }
    Object.defineProperty(ns, Symbol.toStringTag, { value: 'Module' });
    return ns;
  };
  const own = make(false);
  const exported = hasDefault ? make(true) : own;
  Object.defineProperty(module, '` + nsKey + `', { value: own });
  ` + namespaceName + `.pending = { spaces: [own, exported], stars, own: new Set(Object.keys(getters)), live: new Set(live) };
  module.exports = exported;
}
function ` + starName + `(module) {
  const { spaces, own, live } = ` + namespaceName + `.pending;
  const stars = ` + namespaceName + `.pending.stars();
  for (const ns of new Set(spaces)) {
    const getters = {};
    for (const k of Object.keys(ns)) getters[k] = Object.getOwnPropertyDescriptor(ns, k);
    for (const m of stars) {
      for (const k of Object.keys(m)) {
        if (!(k in getters) && k !== 'default' && k !== '__esModule') getters[k] = { enumerable: true, configurable: true, get: () => m[k] };
      }
    }
    for (const k of Object.keys(ns)) delete ns[k];
    // Bindings that cannot change any more become the data properties a
    // namespace shows; the others stay getters of the live binding. An
    // anonymous default export is named default, as node names it.
    for (const k of Object.keys(getters).sort()) {
      const d = getters[k];
      if (d.get !== undefined && own.has(k) && !live.has(k)) {
        const value = d.get();
        if (k === 'default' && typeof value === 'function' && value.name === '` + defaultName + `') {
          Object.defineProperty(value, 'name', { configurable: true, value: 'default' });
        }
        Object.defineProperty(ns, k, { value, writable: true, enumerable: true, configurable: false });
      } else {
        Object.defineProperty(ns, k, d);
      }
    }
    Object.preventExtensions(ns);
  }
  // An export named 'module.exports' is what require gives (node 20.19's
  // interop for ES modules that replace a CommonJS package).
  if (own.has('module.exports')) module.exports = spaces[0]['module.exports'];
  for (const bind of module.` + laterKey + ` || []) bind();
}
function ` + bindName + `(require, specifier, bind) {
  try {
    bind();
  } catch (e) {
    const record = require.cache[require.resolve(specifier)];
    if (!(e instanceof ReferenceError) || record === undefined || record.` + nsKey + ` === undefined || record.loaded) throw e;
    if (record.` + laterKey + ` === undefined) Object.defineProperty(record, '` + laterKey + `', { value: [] });
    record.` + laterKey + `.push(bind);
  }
}
`
