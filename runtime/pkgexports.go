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
	Type    string          `json:"type"` // "module": its .js files are ES modules
}

// hasExports reports whether the package has "exports" (null is none).
func (p *packageJSON) hasExports() bool {
	return len(p.Exports) > 0 && string(p.Exports) != "null"
}

// resolveExports resolves subpath through the "exports" of the package in
// dir, as node's PACKAGE_EXPORTS_RESOLVE does for require: an exact key, or
// the longest "*" pattern that matches, then the target's conditions.
func resolveExports(dir string, exports json.RawMessage, subpath string) (string, error) {
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
	resolve := func(target json.RawMessage, match string) (string, error) {
		f, err := resolveTarget(dir, target, match, notExported)
		if err == errNoCondition {
			return "", notExported()
		}
		return f, err
	}
	if keyed == nil {
		if subpath != "." {
			return "", notExported()
		}
		return resolve(exports, "")
	}
	if target, ok := keyed[subpath]; ok && !strings.Contains(subpath, "*") {
		return resolve(target, "")
	}
	best, match := "", ""
	for key := range keyed {
		prefix, suffix, ok := strings.Cut(key, "*")
		if !ok || strings.Contains(suffix, "*") || !strings.HasPrefix(subpath, prefix) || len(subpath) < len(prefix)+len(suffix) ||
			!strings.HasSuffix(subpath, suffix) {
			continue
		}
		if best == "" || patternKeyLess(best, key) {
			best, match = key, subpath[len(prefix):len(subpath)-len(suffix)]
		}
	}
	if best == "" {
		return "", notExported()
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
// does); null refuses.
func resolveTarget(dir string, target json.RawMessage, match string, notExported func() error) (string, error) {
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
			if f, err := resolveTarget(dir, t, match, notExported); err == nil {
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
			if key, _ := tok.(string); requireConditions[key] {
				if f, err := resolveTarget(dir, value, match, notExported); err != errNoCondition {
					return f, err
				}
			}
		}
		return "", errNoCondition
	}
	return "", notExported()
}
