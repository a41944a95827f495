package path

import (
	"strings"
	"unicode/utf16"
)

// This file holds node's POSIX path algorithms on Go strings, and the
// helpers that win32.go shares with them (taking the flavour's separator
// test). They mirror node's results exactly, including its quirks (see the
// differential tests in testdata/diff/path-*.js).

// isPosixSep reports whether c separates POSIX path components.
func isPosixSep(c byte) bool { return c == '/' }

// utf16Len is the length of s as a JS string (in UTF-16 code units), which
// node compares where the Go byte length could differ.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// normalizeSegments resolves '.' and '..' in a path without its root,
// splitting it at the bytes isSep accepts and joining the result with sep.
// With allowAboveRoot, '..' that climbs above the start is kept.
func normalizeSegments(p string, allowAboveRoot bool, isSep func(byte) bool, sep string) string {
	out := make([]string, 0, 8)
	ups := 0 // leading '..' segments kept in out
	for len(p) > 0 {
		seg := p
		i := 0
		for i < len(p) && !isSep(p[i]) {
			i++
		}
		if i < len(p) {
			seg, p = p[:i], p[i+1:]
		} else {
			p = ""
		}
		switch seg {
		case "", ".":
		case "..":
			if len(out) > ups {
				out = out[:len(out)-1]
			} else if allowAboveRoot {
				out = append(out, "..")
				ups++
			}
		default:
			out = append(out, seg)
		}
	}
	return strings.Join(out, sep)
}

// Normalize is path.posix.normalize.
func Normalize(p string) string {
	if p == "" {
		return "."
	}
	absolute := p[0] == '/'
	trailing := p[len(p)-1] == '/'
	body := normalizeSegments(p, !absolute, isPosixSep, "/")
	if body == "" {
		switch {
		case absolute:
			return "/"
		case trailing:
			return "./"
		}
		return "."
	}
	if trailing {
		body += "/"
	}
	if absolute {
		return "/" + body
	}
	return body
}

// Join is path.posix.join.
func Join(parts []string) string {
	var b strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('/')
		}
		b.WriteString(p)
	}
	if b.Len() == 0 {
		return "."
	}
	return Normalize(b.String())
}

// IsAbsolute is path.posix.isAbsolute.
func IsAbsolute(p string) bool { return p != "" && p[0] == '/' }

// Resolve is path.posix.resolve; cwd is called only when the arguments do
// not make an absolute path.
func Resolve(parts []string, cwd func() string) string {
	return resolvePosix(len(parts), func(i int) string { return parts[i] }, cwd)
}

// resolvePosix is Resolve over n arguments that part returns: like node, it
// reads them from the last and stops at the first absolute one, so the
// module's part validates only the arguments node looks at.
func resolvePosix(n int, part func(int) string, cwd func() string) string {
	resolved := ""
	absolute := false
	for i := n - 1; i >= -1 && !absolute; i-- {
		var p string
		if i >= 0 {
			p = part(i)
		} else {
			p = cwd()
		}
		if p == "" {
			continue
		}
		if resolved == "" {
			resolved = p
		} else {
			resolved = p + "/" + resolved
		}
		absolute = p[0] == '/'
	}
	body := normalizeSegments(resolved, !absolute, isPosixSep, "/")
	if absolute {
		return "/" + body
	}
	if body == "" {
		return "."
	}
	return body
}

// Relative is path.posix.relative over already resolved paths.
func Relative(from, to string) string {
	if from == to {
		return ""
	}
	var fromParts, toParts []string
	if from != "/" {
		fromParts = strings.Split(from[1:], "/")
	}
	if to != "/" {
		toParts = strings.Split(to[1:], "/")
	}
	common := 0
	for common < len(fromParts) && common < len(toParts) && fromParts[common] == toParts[common] {
		common++
	}
	out := make([]string, 0, len(fromParts)-common+len(toParts)-common)
	for i := common; i < len(fromParts); i++ {
		out = append(out, "..")
	}
	return strings.Join(append(out, toParts[common:]...), "/")
}

// Dirname is path.posix.dirname.
func Dirname(p string) string {
	if p == "" {
		return "."
	}
	hasRoot := p[0] == '/'
	end := dirEnd(p, 1, func(c byte) bool { return c == '/' })
	if end == -1 {
		if hasRoot {
			return "/"
		}
		return "."
	}
	if hasRoot && end == 1 {
		return "//"
	}
	return p[:end]
}

// dirEnd is where the directory part of p ends: the separator before its
// last component (trailing separators ignored), looking no further back
// than from; -1 if there is none.
func dirEnd(p string, from int, isSep func(byte) bool) int {
	matchedSlash := true
	for i := len(p) - 1; i >= from; i-- {
		if isSep(p[i]) {
			if !matchedSlash {
				return i
			}
		} else {
			matchedSlash = false
		}
	}
	return -1
}

// Basename is path.posix.basename. With a suffix, node matches it against
// the characters before any trailing slashes; a suffix that runs into the
// previous component leaves the raw tail (trailing slashes included).
func Basename(p, suffix string) string { return basename(p, suffix, 0, isPosixSep) }

// basename is both flavours' basename: the last component of p at or after
// start, without suffix when the component ends with it.
func basename(p, suffix string, start int, isSep func(byte) bool) string {
	end := -1
	matchedSlash := true
	if suffix != "" && utf16Len(suffix) <= utf16Len(p) {
		if suffix == p {
			return ""
		}
		nameEnd := -1
		k := len(suffix) - 1
		for i := len(p) - 1; i >= start; i-- {
			c := p[i]
			if isSep(c) {
				if !matchedSlash {
					start = i + 1
					break
				}
				continue
			}
			if nameEnd == -1 {
				matchedSlash = false
				nameEnd = i + 1
			}
			if k < 0 {
				continue
			}
			if c == suffix[k] {
				if k--; k == -1 {
					end = i
				}
			} else {
				k = -1
				end = nameEnd
			}
		}
		if start == end {
			end = nameEnd
		} else if end == -1 {
			end = len(p)
		}
		return p[start:end]
	}
	for i := len(p) - 1; i >= start; i-- {
		if isSep(p[i]) {
			if !matchedSlash {
				start = i + 1
				break
			}
		} else if end == -1 {
			matchedSlash = false
			end = i + 1
		}
	}
	if end == -1 {
		return ""
	}
	return p[start:end]
}

// scanExt scans the last component of p (not looking below index stop) and
// returns where it starts (partStart when no separator precedes it) and ends
// and where its extension starts (-1 when it has none: a leading dot, or a
// name of exactly "..").
func scanExt(p string, stop, partStart int, isSep func(byte) bool) (int, int, int) {
	dot, end := -1, -1
	beforeDot := 0 // 0: nothing before the dot, 1: only dots, -1: other characters
	for i := len(p) - 1; i >= stop; i-- {
		c := p[i]
		if isSep(c) {
			if end != -1 {
				partStart = i + 1
				break
			}
			continue
		}
		if end == -1 {
			end = i + 1
		}
		if c == '.' {
			if dot == -1 {
				dot = i
			} else if beforeDot != 1 {
				beforeDot = 1
			}
		} else if dot != -1 {
			beforeDot = -1
		}
	}
	if dot == -1 || beforeDot == 0 || (beforeDot == 1 && dot == end-1 && dot == partStart+1) {
		dot = -1
	}
	return partStart, end, dot
}

// Extname is path.posix.extname.
func Extname(p string) string {
	_, end, dot := scanExt(p, 0, 0, isPosixSep)
	if end == -1 || dot == -1 {
		return ""
	}
	return p[dot:end]
}

// Parsed is the result of Parse.
type Parsed struct{ Root, Dir, Base, Ext, Name string }

// Parse is path.posix.parse.
func Parse(p string) Parsed {
	var r Parsed
	if p == "" {
		return r
	}
	absolute := p[0] == '/'
	stop := 0
	if absolute {
		r.Root = "/"
		stop = 1
	}
	partStart, end, dot := scanExt(p, stop, 0, isPosixSep)
	if end != -1 {
		start := partStart
		if partStart == 0 && absolute {
			start = 1
		}
		r.Base = p[start:end]
		if dot == -1 {
			r.Name = r.Base
		} else {
			r.Name, r.Ext = p[start:dot], p[dot:end]
		}
	}
	if partStart > 0 {
		r.Dir = p[:partStart-1]
	} else if absolute {
		r.Dir = "/"
	}
	return r
}
