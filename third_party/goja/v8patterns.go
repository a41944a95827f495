package goja

import (
	"strconv"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
)

// V8's texts for a value that the syntax iterates (for-of, an array
// literal's or a call's spread, an array pattern) and cannot, or that an
// object pattern cannot destructure (gonode: see GONODE.md). V8 names the
// value by its source text where it can: `o.v is not iterable`, `f is not
// a function or its return value is not iterable`, `Cannot destructure
// property 'a' of 'o.x' as it is undefined.`; elsewhere it says what the
// value is (notIterable).

// iterableSite is the iterable of one such iteration, named as V8 names it.
type iterableSite struct {
	text string // the iterable as V8 renders it; "" when V8 does not
	call bool   // the iterable is what a call returns: text is the callee
}

// iteratorAt returns the iterator of obj, the iterable of site.
func (vm *vm) iteratorAt(obj Value, site iterableSite) *iteratorRecord {
	method := vm.r.iterableMethod(obj)
	if method == nil {
		switch {
		case site.text == "":
			panic(vm.r.notIterable(obj))
		case site.call:
			panic(vm.r.NewTypeError("%s is not a function or its return value is not iterable", site.text))
		}
		panic(vm.r.NewTypeError("%s is not iterable", site.text))
	}
	return vm.r.iteratorFrom(obj, method)
}

// spreadIterator returns the iterator of obj, spread into a call's
// arguments at site.
func (vm *vm) spreadIterator(obj Value, site iterableSite) *iteratorRecord {
	method := vm.r.iterableMethod(obj)
	if method == nil {
		if (obj == _null || obj == _undefined) && site.text != "" {
			text := site.text
			if site.call {
				text += "(...)"
			}
			panic(vm.r.NewTypeError("%s is not iterable (cannot read property %s)", text, obj.String()))
		}
		panic(vm.r.NewTypeError("Spread syntax requires ...iterable[Symbol.iterator] to be a function"))
	}
	return vm.r.iteratorFrom(obj, method)
}

// iterateAt begins the iteration of the value on the stack, site's
// iterable (pop: taking it off the stack). iterate is that of an iterable
// V8 does not name.
type iterateAt struct {
	site iterableSite
	pop  bool
}

var iterate = &iterateAt{}

func (n *iterateAt) exec(vm *vm) {
	iter := vm.iteratorAt(vm.stack[vm.sp-1], n.site)
	vm.iterStack = append(vm.iterStack, iterStackItem{iter: iter})
	if n.pop {
		vm.sp--
	}
	vm.pc++
}

// pushArraySpreadAt spreads the value on the stack, site's iterable, into
// the array below it.
type pushArraySpreadAt struct {
	site iterableSite
}

func (n *pushArraySpreadAt) exec(vm *vm) {
	vm.pushArraySpread(vm.iteratorAt(vm.stack[vm.sp-1], n.site))
}

// iterableSite names e, the iterable of an iteration, as V8 does: a call
// or new expression by its callee; a name, this or a literal; a chain of
// property accesses, except in a declaration (decl), where V8 does not name
// one.
func (c *compiler) iterableSite(e ast.Expression, decl bool) iterableSite {
	var callee ast.Expression
	switch e := e.(type) {
	case *ast.CallExpression:
		callee = e.Callee
	case *ast.NewExpression:
		callee = e.Callee
	}
	if callee != nil {
		if text, ok := iterableText(callee, true); ok {
			return iterableSite{text: text, call: true}
		}
		return iterableSite{}
	}
	text, _ := iterableText(e, !decl)
	return iterableSite{text: text}
}

// iterableText renders e as V8 renders it in these messages (numbers by
// their value, o['a'] as o.a), and whether it could: members says whether
// property accesses are rendered.
func iterableText(e ast.Expression, members bool) (string, bool) {
	switch e := e.(type) {
	case *ast.Identifier:
		return e.Name.String(), true
	case *ast.ThisExpression:
		return "this", true
	case *ast.NullLiteral:
		return "null", true
	case *ast.BooleanLiteral:
		return strconv.FormatBool(e.Value), true
	case *ast.NumberLiteral:
		return numberText(e.Value)
	case *ast.StringLiteral:
		return strconv.Quote(e.Value.String()), true
	case *ast.RegExpLiteral:
		return e.Literal, true
	case *ast.ObjectLiteral:
		if len(e.Value) == 0 {
			return "{}", true
		}
		return "{(intermediate value)}", true
	case *ast.UnaryExpression:
		if n, ok := e.Operand.(*ast.NumberLiteral); ok && e.Operator == token.MINUS && !e.Postfix {
			if text, ok := numberText(n.Value); ok {
				return "-" + text, true
			}
		}
	case *ast.DotExpression:
		if left, ok := iterableText(e.Left, true); ok && members {
			return left + "." + e.Identifier.Name.String(), true
		}
	case *ast.BracketExpression:
		left, ok := iterableText(e.Left, true)
		if !ok || !members {
			break
		}
		switch m := e.Member.(type) {
		case *ast.StringLiteral:
			return left + "." + m.Value.String(), true
		case *ast.Identifier:
			return left + "[" + m.Name.String() + "]", true
		case *ast.NumberLiteral:
			if text, ok := numberText(m.Value); ok {
				return left + "[" + text + "]", true
			}
		}
	}
	return "", false
}

// numberText is the text of a number literal's value, as JavaScript
// prints it.
func numberText(v any) (string, bool) {
	switch v := v.(type) {
	case int64:
		return strconv.FormatInt(v, 10), true
	case float64:
		return valueFloat(v).String(), true
	}
	return "", false
}

// destructSite is an object pattern, with what V8 names in its TypeError
// when the value to destructure is null or undefined (gonode: see
// GONODE.md): the pattern's first property, and the source of the value
// (a declaration's initializer), or that the pattern is inside another.
type destructSite struct {
	key    string // the first property's name; "" when it has none
	text   string // the value's source as V8 renders it; "" for none
	nested bool
}

// check throws V8's TypeError when v, the value to destructure, is null or
// undefined.
func (s *destructSite) check(r *Runtime, v Value) {
	if v != _undefined && v != _null {
		return
	}
	what := v.String()
	if s.nested && s.key != "" {
		panic(r.NewTypeError("Cannot read properties of %s (reading '%s')", what, s.key))
	}
	text := s.text
	if text == "" {
		text = what
	}
	if s.key != "" {
		panic(r.NewTypeError("Cannot destructure property '%s' of '%s' as it is %s.", s.key, text, what))
	}
	panic(r.NewTypeError("Cannot destructure '%s' as it is %s.", text, what))
}

// checkDestructurable checks the value on the stack for an object pattern
// without a rest property.
type checkDestructurable struct {
	site destructSite
}

func (n *checkDestructurable) exec(vm *vm) {
	n.site.check(vm.r, vm.stack[vm.sp-1])
	vm.pc++
}

// createDestructSrcAt checks the value on the stack for an object pattern
// with a rest property, and pushes the source that records the keys taken.
type createDestructSrcAt struct {
	site destructSite
}

func (n *createDestructSrcAt) exec(vm *vm) {
	v := vm.stack[vm.sp-1]
	n.site.check(vm.r, v)
	vm.push(vm.r.newDestructKeyedSource(v))
	vm.pc++
}

// destructSource renders e, a declaration's initializer, as V8 names it in
// an object pattern's TypeError: a call as its callee and "(...)".
func destructSource(e ast.Expression) string {
	if call, ok := e.(*ast.CallExpression); ok {
		if text, ok := iterableText(call.Callee, true); ok {
			return text + "(...)"
		}
		return ""
	}
	text, _ := iterableText(e, true)
	return text
}

// firstPatternKey is the name of an object pattern's first property, ""
// when it has none or the name is computed.
func firstPatternKey(pattern *ast.ObjectPattern) string {
	if len(pattern.Properties) == 0 {
		return ""
	}
	switch prop := pattern.Properties[0].(type) {
	case *ast.PropertyShort:
		return prop.Name.Name.String()
	case *ast.PropertyKeyed:
		if prop.Computed {
			return ""
		}
		switch key := prop.Key.(type) {
		case *ast.Identifier:
			return key.Name.String()
		case *ast.StringLiteral:
			return key.Value.String()
		case *ast.NumberLiteral:
			text, _ := numberText(key.Value)
			return text
		}
	}
	return ""
}
