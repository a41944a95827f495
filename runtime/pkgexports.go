package runtime

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
)

// requireConditions are the conditions a CommonJS require matches in a
// package's "exports", in node's order of preference: the first key of a
// conditions object that is one of them wins.
var requireConditions = map[string]bool{"require": true, "node": true, "node-addons": true, "default": true}

// importConditions are those an ES module's imports match (gonode runs
// them through require, with these conditions).
var importConditions = map[string]bool{"import": true, "node": true, "node-addons": true, "default": true}

// exportsError is a package's "exports" refusing a request, as node's
// ERR_PACKAGE_PATH_NOT_EXPORTED.
type exportsError struct{ message string }

func (e *exportsError) Error() string { return e.message }

// errNoCondition is a conditions object none of whose keys require
// matches: the object above it tries its next key.
var errNoCondition = errors.New("no matching condition")

// splitPackage splits a bare request into the package's name ("lodash",
// "@scope/name") and the subpath node's "exports" keys use ("." or
// "./sub/path"); false if request is not a valid bare package request.
func splitPackage(request string) (name, subpath string, ok bool) {
	parts := strings.SplitN(request, "/", 3)
	n := 1
	if strings.HasPrefix(request, "@") {
		if len(parts) < 2 || parts[1] == "" {
			return "", "", false
		}
		n = 2
	}
	name = strings.Join(parts[:n], "/")
	if name == "" || strings.HasPrefix(name, ".") || strings.Contains(name, "\\") || strings.Contains(name, "%") {
		return "", "", false
	}
	subpath = "." + request[len(name):]
	return name, subpath, true
}

// packageJSON is what require reads of a package.json.
type packageJSON struct {
	Main    string          `json:"main"`
	Exports json.RawMessage `json:"exports"`
	Imports json.RawMessage `json:"imports"` // "#name" requests from inside the package
	Type    string          `json:"type"`    // "module": its .js files are ES modules
}

// hasExports reports whether the package has "exports" (null is none).
func (p *packageJSON) hasExports() bool {
	return len(p.Exports) > 0 && string(p.Exports) != "null"
}

// resolveExports resolves subpath through the "exports" of the package in
// dir, as node's PACKAGE_EXPORTS_RESOLVE does: an exact key, or the
// longest "*" pattern that matches, then the target's conditions (conds:
// require's, or an ES module's imports').
func resolveExports(dir string, exports json.RawMessage, subpath string, conds map[string]bool) (string, error) {
	pkgJSON := filepath.Join(dir, "package.json")
	notExported := func() error {
		if subpath == "." {
			return &exportsError{`No "exports" main defined in ` + pkgJSON}
		}
		return &exportsError{"Package subpath '" + subpath + `' is not defined by "exports" in ` + pkgJSON}
	}
	var keyed map[string]json.RawMessage
	if exports[0] == '{' {
		if err := json.Unmarshal(exports, &keyed); err != nil {
			return "", notExported()
		}
		for k := range keyed {
			if !strings.HasPrefix(k, ".") {
				keyed = nil // conditions: the whole object is the "." export
				break
			}
		}
	}
	if keyed == nil {
		if subpath != "." {
			return "", notExported()
		}
		keyed = map[string]json.RawMessage{".": exports}
	}
	return resolveKeyed(dir, keyed, subpath, conds, notExported)
}

// resolveImports resolves a "#name" request through the "imports" of the
// package in dir, as node's PACKAGE_IMPORTS_RESOLVE does for targets
// inside the package.
func resolveImports(dir string, imports json.RawMessage, request string, conds map[string]bool) (string, error) {
	notDefined := func() error {
		return &importsError{"Package import specifier \"" + request + "\" is not defined in package " + filepath.Join(dir, "package.json")}
	}
	var keyed map[string]json.RawMessage
	if len(imports) == 0 || imports[0] != '{' || json.Unmarshal(imports, &keyed) != nil {
		return "", notDefined()
	}
	return resolveKeyed(dir, keyed, request, conds, notDefined)
}

// importsError is a package's "imports" not defining a request, as node's
// ERR_PACKAGE_IMPORT_NOT_DEFINED.
type importsError struct{ message string }

func (e *importsError) Error() string { return e.message }

// resolveKeyed resolves key through a map of "exports" or "imports": an
// exact key, or the longest "*" pattern that matches, then the target's
// conditions; notFound is the error when nothing matches.
func resolveKeyed(dir string, keyed map[string]json.RawMessage, key string, conds map[string]bool, notFound func() error) (string, error) {
	resolve := func(target json.RawMessage, match string) (string, error) {
		f, err := resolveTarget(dir, target, match, conds, notFound)
		if err == errNoCondition {
			return "", notFound()
		}
		return f, err
	}
	if target, ok := keyed[key]; ok && !strings.Contains(key, "*") {
		return resolve(target, "")
	}
	best, match := "", ""
	for k := range keyed {
		prefix, suffix, ok := strings.Cut(k, "*")
		if !ok || strings.Contains(suffix, "*") || !strings.HasPrefix(key, prefix) || len(key) < len(prefix)+len(suffix) ||
			!strings.HasSuffix(key, suffix) {
			continue
		}
		if best == "" || patternKeyLess(best, k) {
			best, match = k, key[len(prefix):len(key)-len(suffix)]
		}
	}
	if best == "" {
		return "", notFound()
	}
	return resolve(keyed[best], match)
}

// patternKeyLess orders "exports" pattern keys as node's
// PATTERN_KEY_COMPARE: a longer prefix before the "*" wins, then a longer key.
func patternKeyLess(a, b string) bool {
	pa, pb := strings.Index(a, "*"), strings.Index(b, "*")
	if pa != pb {
		return pa < pb
	}
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a > b // a tie node breaks by key order, which a Go map does not keep: by name, to be deterministic
}

// resolveTarget resolves an "exports" target: a "./" path (its "*"
// replaced by match), the first of an array that resolves, or the first
// condition of an object that require matches (errNoCondition when none
// does; conds are the conditions); null refuses.
func resolveTarget(dir string, target json.RawMessage, match string, conds map[string]bool, notExported func() error) (string, error) {
	switch strings.TrimSpace(string(target))[0] {
	case '"':
		var s string
		if json.Unmarshal(target, &s) != nil || !strings.HasPrefix(s, "./") {
			return "", notExported()
		}
		s = strings.ReplaceAll(s, "*", match)
		for _, seg := range strings.Split(filepath.ToSlash(s), "/")[1:] {
			if seg == ".." || seg == "." || seg == "node_modules" {
				return "", notExported()
			}
		}
		return filepath.Join(dir, filepath.FromSlash(s)), nil
	case '[':
		var list []json.RawMessage
		if json.Unmarshal(target, &list) != nil {
			return "", notExported()
		}
		for _, t := range list {
			if f, err := resolveTarget(dir, t, match, conds, notExported); err == nil {
				return f, nil
			}
		}
		return "", notExported()
	case '{':
		// Keys in the order written: the first matching condition wins.
		dec := json.NewDecoder(strings.NewReader(string(target)))
		if _, err := dec.Token(); err != nil {
			return "", notExported()
		}
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				return "", notExported()
			}
			var value json.RawMessage
			if err := dec.Decode(&value); err != nil {
				return "", notExported()
			}
			if key, _ := tok.(string); conds[key] {
				if f, err := resolveTarget(dir, value, match, conds, notExported); err != errNoCondition {
					return f, err
				}
			}
		}
		return "", errNoCondition
	}
	return "", notExported()
}
