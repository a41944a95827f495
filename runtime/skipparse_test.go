package runtime

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"
	"github.com/dop251/goja/unistring"
)

// TestSkippedBodiesParseAsWhole checks the parser's skipping of function
// bodies (parser.WithSkippedFunctionBodies, which goja.CompileLazy uses for
// the embedded modules) on every JavaScript file of gonode's own: each
// skipped body, parsed later with parser.ParseFunctionBody (and the bodies
// that parse skips, in turn), gives the syntax tree a parse without
// skipping gives, so that the scan found each body's end — through
// strings, templates, regular expressions and comments — where the parser
// does; and the names the scan found include every name the body reaches.
func TestSkippedBodiesParseAsWhole(t *testing.T) {
	var files []string
	for _, dir := range []string{".", "../modules", "../internal"} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && d.Name() == "testdata" {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(path, ".js") {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(files) < 100 {
		t.Fatalf("found %d JavaScript files, expected gonode's embedded modules (over 100)", len(files))
	}
	skipped := 0
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		src := coreWrapperHead + string(b) + wrapperTail
		whole, err := parser.ParseFile(nil, name, src, 0, parser.WithDisableSourceMaps)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		part, err := parser.ParseFile(nil, name, src, 0, parser.WithDisableSourceMaps, parser.WithSkippedFunctionBodies)
		if err != nil {
			t.Errorf("%s, skipping bodies: %v", name, err)
			continue
		}
		f := file.NewFile(name, src, 1)
		n, err := fillSkippedBodies(reflect.ValueOf(part), f)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		skipped += n
		// (The programs' Files differ in how far each has been read.)
		if !reflect.DeepEqual(whole.Body, part.Body) || !reflect.DeepEqual(whole.DeclarationList, part.DeclarationList) {
			t.Errorf("%s: the syntax tree with skipped bodies parsed differs from the whole file's", name)
		}
	}
	t.Logf("%d bodies skipped in %d files", skipped, len(files))
	if skipped < 1000 {
		t.Errorf("%d bodies skipped in %d files, expected the functions nested in the modules' (over 1000)", skipped, len(files))
	}
}

// fillSkippedBodies parses, with parser.ParseFunctionBody, the body of each
// function literal under v whose body the parser skipped (and of those
// inside them), clearing its record of the skip, and returns how many it
// parsed.
func fillSkippedBodies(v reflect.Value, f *file.File) (int, error) {
	n := 0
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return 0, nil
		}
		if fn, ok := v.Interface().(*ast.FunctionLiteral); ok && fn.BodySkipped {
			body, decls, err := parser.ParseFunctionBody(f, fn, parser.WithDisableSourceMaps, parser.WithSkippedFunctionBodies)
			if err != nil {
				return n, err
			}
			// Every name the body reaches must be among those the scan
			// found, and those of the parameters' defaults and patterns
			// (a plain parameter is the function's own).
			scanned := map[unistring.String]bool{}
			for _, name := range fn.Names {
				scanned[name] = true
			}
			used := namesUsed(reflect.ValueOf(body), nil)
			for _, p := range fn.ParameterList.List {
				namesUsed(reflect.ValueOf(p.Initializer), used)
				if _, plain := p.Target.(*ast.Identifier); !plain {
					namesUsed(reflect.ValueOf(p.Target), used)
				}
			}
			if _, plain := fn.ParameterList.Rest.(*ast.Identifier); !plain {
				namesUsed(reflect.ValueOf(fn.ParameterList.Rest), used)
			}
			for name := range used {
				if !scanned[name] {
					return n, fmt.Errorf("%s: the scan of the function body at %s missed %q",
						f.Name(), f.Position(int(fn.Body.LeftBrace)-f.Base()), name)
				}
			}
			fn.Body, fn.DeclarationList, fn.BodySkipped, fn.Names = body, decls, false, nil
			n++
		}
		m, err := fillSkippedBodies(v.Elem(), f)
		return n + m, err
	case reflect.Struct:
		for i := range v.NumField() {
			if !v.Type().Field(i).IsExported() {
				continue
			}
			m, err := fillSkippedBodies(v.Field(i), f)
			n += m
			if err != nil {
				return n, err
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			m, err := fillSkippedBodies(v.Index(i), f)
			n += m
			if err != nil {
				return n, err
			}
		}
	}
	return n, nil
}

// namesUsed adds to names (made when nil) each identifier under v that is
// not a property's name after '.', and the names of the functions under v
// whose bodies were skipped, and returns it.
func namesUsed(v reflect.Value, names map[unistring.String]bool) map[unistring.String]bool {
	if names == nil {
		names = map[unistring.String]bool{}
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return names
		}
		switch x := v.Interface().(type) {
		case *ast.Identifier:
			names[x.Name] = true
			return names
		case *ast.DotExpression:
			return namesUsed(reflect.ValueOf(x.Left), names)
		case *ast.MetaProperty: // new.target
			return names
		case *ast.FunctionLiteral:
			for _, name := range x.Names {
				names[name] = true
			}
		}
		return namesUsed(v.Elem(), names)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				namesUsed(v.Field(i), names)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			namesUsed(v.Index(i), names)
		}
	}
	return names
}
