package runtime

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"
)

// TestSkippedBodiesParseAsWhole checks the parser's skipping of function
// bodies (parser.WithSkippedFunctionBodies, which goja.CompileLazy uses for
// the embedded modules) on every JavaScript file of gonode's own: each
// skipped body, parsed later with parser.ParseFunctionBody (and the bodies
// that parse skips, in turn), gives the syntax tree a parse without
// skipping gives, so that the scan found each body's end — through
// strings, templates, regular expressions and comments — where the parser
// does.
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
