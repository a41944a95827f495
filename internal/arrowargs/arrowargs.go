// Package arrowargs works around a goja compiler bug: an arrow function
// that reads the `arguments` of the function around it
// (`function f() { return (() => arguments[0])(); }`) makes goja read past
// the end of a stack frame (a Go panic) or get undefined, in every goja
// version to date. Its compiler binds that `arguments` in the outer
// function's stack frame but never moves it to the closure storage the
// arrow reads from.
//
// Rewrite leaves such a function's arguments in an ordinary variable,
// which goja's closures capture correctly: the function's body starts with
// `var $_argz$_ = arguments;` (after its directives) and each `arguments`
// the arrows read becomes `$_argz$_`, a name of the same length, so that
// positions on other lines do not move.
package arrowargs

import (
	"reflect"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/gonode/gonode/internal/jsmodule"
	"github.com/gonode/gonode/internal/srcedit"
)

// alias stands for `arguments` in the arrows; as long as it.
const alias = "$_argz$_"

// Rewrite returns src with the workaround applied when src, a CommonJS
// module's text (wrapped later, so its top level is a function too), has
// arrow functions that read an outer `arguments`, and false otherwise
// (also when src does not parse: the compiler reports that).
func Rewrite(src string) (string, bool) {
	if !strings.Contains(src, "arguments") || !strings.Contains(src, "=>") {
		return src, false
	}
	prg, err := jsmodule.Parse(src)
	if err != nil {
		return src, false
	}
	w := walker{renames: map[int]bool{}}
	w.walk(reflect.ValueOf(prg.Body), nil, false)
	if len(w.renames) == 0 || w.declares {
		// Code that declares a binding named arguments is left alone:
		// telling which arguments each arrow reads would take scopes.
		return src, false
	}
	var edits []srcedit.Edit
	for at := range w.renames {
		edits = append(edits, srcedit.Edit{At: at, Cut: len("arguments"), Text: alias})
	}
	for _, s := range w.scopes {
		// After a directive, a semicolon first: the directive's own may be
		// missing (a line end ends it).
		at, afterDirective := jsmodule.BodyStart(s.body)
		text := "var " + alias + " = arguments;"
		if afterDirective {
			text = ";" + text
		}
		edits = append(edits, srcedit.Edit{At: at, Text: text})
	}
	return srcedit.Apply(src, edits), true
}

// scope is a function whose arguments an arrow inside it may read.
type scope struct {
	body   *ast.BlockStatement
	needed bool
}

type walker struct {
	// renames are the offsets of the `arguments` to rename (a set: the
	// parser's declaration lists hold some nodes a second time).
	renames map[int]bool
	scopes  []*scope // functions that need the alias, each once
	// declares is set when the code declares a binding named arguments (a
	// parameter, variable, function, class or catch parameter).
	declares bool
}

var (
	identType    = reflect.TypeOf((*ast.Identifier)(nil))
	bindingType  = reflect.TypeOf((*ast.Binding)(nil))
	paramsType   = reflect.TypeOf((*ast.ParameterList)(nil))
	catchType    = reflect.TypeOf((*ast.CatchStatement)(nil))
	classType    = reflect.TypeOf((*ast.ClassLiteral)(nil))
	funcType     = reflect.TypeOf((*ast.FunctionLiteral)(nil))
	arrowType    = reflect.TypeOf((*ast.ArrowFunctionLiteral)(nil))
	keyedType    = reflect.TypeOf((*ast.PropertyKeyed)(nil))
	methodType   = reflect.TypeOf((*ast.MethodDefinition)(nil))
	fieldType    = reflect.TypeOf((*ast.FieldDefinition)(nil))
	labelledType = reflect.TypeOf((*ast.LabelledStatement)(nil))
	branchType   = reflect.TypeOf((*ast.BranchStatement)(nil))
	metaType     = reflect.TypeOf((*ast.MetaProperty)(nil))
)

// walk visits every node below v. fn is the innermost non-arrow function,
// inArrow whether an arrow inside fn encloses v.
func (w *walker) walk(v reflect.Value, fn *scope, inArrow bool) {
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			w.walk(v.Elem(), fn, inArrow)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			w.walk(v.Index(i), fn, inArrow)
		}
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		switch v.Type() {
		case identType:
			if id := v.Interface().(*ast.Identifier); inArrow && id.Name == "arguments" {
				w.renames[jsmodule.Offset(id.Idx)] = true
				if !fn.needed {
					fn.needed = true
					w.scopes = append(w.scopes, fn)
				}
			}
			return
		case bindingType:
			w.declared(v.Interface().(*ast.Binding).Target)
		case paramsType:
			w.declared(v.Interface().(*ast.ParameterList).Rest)
		case catchType:
			w.declared(v.Interface().(*ast.CatchStatement).Parameter)
		case classType:
			if c := v.Interface().(*ast.ClassLiteral); c.Name != nil {
				w.declared(c.Name)
			}
		case funcType:
			f := v.Interface().(*ast.FunctionLiteral)
			if f.Name != nil {
				w.declared(f.Name)
			}
			if f.Body == nil {
				return
			}
			inner := &scope{body: f.Body}
			w.walk(reflect.ValueOf(f.ParameterList), inner, false)
			w.walk(reflect.ValueOf(f.Body.List), inner, false)
			return
		case arrowType:
			a := v.Interface().(*ast.ArrowFunctionLiteral)
			w.walk(reflect.ValueOf(a.ParameterList), fn, true)
			w.walk(reflect.ValueOf(&a.Body).Elem(), fn, true)
			return
		case keyedType:
			p := v.Interface().(*ast.PropertyKeyed)
			if p.Computed {
				w.walk(reflect.ValueOf(&p.Key).Elem(), fn, inArrow)
			}
			w.walk(reflect.ValueOf(&p.Value).Elem(), fn, inArrow)
			return
		case methodType:
			m := v.Interface().(*ast.MethodDefinition)
			if m.Computed {
				w.walk(reflect.ValueOf(&m.Key).Elem(), fn, inArrow)
			}
			w.walk(reflect.ValueOf(m.Body), fn, inArrow)
			return
		case fieldType:
			// A field's initializer cannot read arguments (a syntax
			// error); only a computed key is code of the class's scope.
			if f := v.Interface().(*ast.FieldDefinition); f.Computed {
				w.walk(reflect.ValueOf(&f.Key).Elem(), fn, inArrow)
			}
			return
		case labelledType:
			w.walk(reflect.ValueOf(&v.Interface().(*ast.LabelledStatement).Statement).Elem(), fn, inArrow)
			return
		case branchType, metaType:
			return
		}
		w.walk(v.Elem(), fn, inArrow)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				w.walk(v.Field(i), fn, inArrow)
			}
		}
	}
}

// declared notes a binding target that is the identifier arguments.
func (w *walker) declared(target any) {
	if id, ok := target.(*ast.Identifier); ok && id != nil && id.Name == "arguments" {
		w.declares = true
	}
}
