package path

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// This file holds node's Windows path algorithms (path.win32) on Go
// strings. Both '/' and '\' separate components, a root is a drive ("C:",
// "C:\"), a UNC share ("\\server\share\") or a device namespace ("\\?\",
// "\\.\"), and results use '\'. Like posix.go they mirror node's results,
// quirks included (testdata/diff/path-win32.js compares them with node's).
//
// The algorithms look only at ASCII bytes (separators, ':', '.', drive
// letters), so byte offsets stand in for node's UTF-16 offsets except where
// node compares lengths or lower-cases, which use utf16Len and jsLower.

// isWin32Sep reports whether c separates Windows path components.
func isWin32Sep(c byte) bool { return c == '/' || c == '\\' }

// isDriveLetter reports whether c can name a drive.
func isDriveLetter(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

// hasDrive reports whether p starts with a drive ("C:").
func hasDrive(p string) bool { return len(p) >= 2 && isDriveLetter(p[0]) && p[1] == ':' }

// jsLower is JavaScript's String.prototype.toLowerCase (full Unicode case
// mapping, as node compares Windows paths case-insensitively).
func jsLower(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return cases.Lower(language.Und).String(s)
		}
	}
	return strings.ToLower(s)
}

// uncRoot matches the UNC root of p, which starts with two separators: a
// server, separators, then a share at p[shareStart:shareEnd]. ok is false
// when p has no share.
func uncRoot(p string) (server string, shareStart, shareEnd int, ok bool) {
	j := 2
	for j < len(p) && !isWin32Sep(p[j]) {
		j++
	}
	if j == len(p) || j == 2 {
		return "", 0, 0, false
	}
	server = p[2:j]
	for j < len(p) && isWin32Sep(p[j]) {
		j++
	}
	if j == len(p) {
		return "", 0, 0, false
	}
	shareStart = j
	for j < len(p) && !isWin32Sep(p[j]) {
		j++
	}
	return server, shareStart, j, true
}

// win32Root splits off the root of p as resolve and normalize see it: the
// device ("C:", `\\server\share` or `\\?` and `\\.` for the device
// namespaces, whose root is always 4 bytes), where the rest of p starts and
// whether p is absolute.
func win32Root(p string) (device string, rootEnd int, absolute bool) {
	switch {
	case p == "":
	case isWin32Sep(p[0]):
		if len(p) == 1 || !isWin32Sep(p[1]) {
			return "", 1, true
		}
		server, start, end, ok := uncRoot(p)
		switch {
		case !ok:
			return "", 0, true
		case server == "." || server == "?":
			return `\\` + server, 4, true
		}
		return `\\` + server + `\` + p[start:end], end, true
	case hasDrive(p):
		if len(p) > 2 && isWin32Sep(p[2]) {
			return p[:2], 3, true
		}
		return p[:2], 2, false
	}
	return "", 0, false
}

// isReservedName reports whether the part of p before colon (or, when colon
// is -1, all of p but its last UTF-16 unit, as node slices) is a Windows
// device name such as CON or COM1.
func isReservedName(p string, colon int) bool {
	prefix := p
	if colon >= 0 {
		prefix = p[:colon]
	} else if p != "" {
		r, size := utf8.DecodeLastRuneInString(p)
		if r > 0xFFFF {
			return false // node's prefix ends in half a surrogate pair
		}
		prefix = p[:len(p)-size]
	}
	if len(prefix) < 3 || len(prefix) > 5 {
		return false
	}
	switch strings.ToUpper(prefix) {
	case "CON", "PRN", "AUX", "NUL",
		"COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
		"LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
		"COM\u00b9", "COM\u00b2", "COM\u00b3", "LPT\u00b9", "LPT\u00b2", "LPT\u00b3":
		return true
	}
	return false
}

// Win32Resolve is path.win32.resolve. cwd (process.cwd()) is called when
// the arguments do not make an absolute path; getenv looks up the per-drive
// working directory, as node reads process.env['=C:'] for a drive-relative
// path such as "C:foo" (it may be nil).
func Win32Resolve(parts []string, cwd func() string, getenv func(string) string) string {
	return resolveWin32(len(parts), func(i int) string { return parts[i] }, cwd, getenv)
}

// resolveWin32 is Win32Resolve over n arguments that part returns, read
// from the last; like node it stops once it has an absolute path with a
// device, so the arguments before are never looked at.
func resolveWin32(n int, part func(int) string, cwd func() string, getenv func(string) string) string {
	resolvedDevice, resolvedTail := "", ""
	resolvedAbsolute := false
	for i := n - 1; i >= -1; i-- {
		var p string
		switch {
		case i >= 0:
			if p = part(i); p == "" {
				continue
			}
		case resolvedDevice == "":
			p = cwd()
		default:
			p = driveCwd(resolvedDevice, cwd, getenv)
		}
		device, rootEnd, absolute := win32Root(p)
		if device != "" {
			if resolvedDevice == "" {
				resolvedDevice = device
			} else if jsLower(device) != jsLower(resolvedDevice) {
				continue // a path on another device does not apply
			}
		}
		if resolvedAbsolute {
			if resolvedDevice != "" {
				break
			}
		} else {
			resolvedTail = p[rootEnd:] + `\` + resolvedTail
			resolvedAbsolute = absolute
			if absolute && resolvedDevice != "" {
				break
			}
		}
	}
	tail := normalizeSegments(resolvedTail, !resolvedAbsolute, isWin32Sep, `\`)
	if resolvedAbsolute {
		return resolvedDevice + `\` + tail
	}
	if s := resolvedDevice + tail; s != "" {
		return s
	}
	return "."
}

// driveCwd is the working directory resolve uses for a drive-relative path
// on drive: the environment's "=C:" entry, else the process's. A directory
// on another drive (its third character a '\') is replaced by the drive's
// root; node keeps any other, such as a POSIX cwd.
func driveCwd(drive string, cwd func() string, getenv func(string) string) string {
	p := ""
	if getenv != nil {
		p = getenv("=" + drive)
	}
	if p == "" {
		p = cwd()
	}
	// node compares the first two UTF-16 units and tests the third.
	var units []uint16
	for _, r := range p {
		if units = utf16.AppendRune(units, r); len(units) >= 3 {
			break
		}
	}
	if len(units) >= 3 && units[2] == '\\' && jsLower(string(utf16.Decode(units[:2]))) != jsLower(drive) {
		return drive + `\`
	}
	return p
}

// Win32Normalize is path.win32.normalize. Besides resolving '.' and '..' it
// keeps a relative path from turning into one Windows would read as
// absolute or as a device ("a/../C:x" is ".\C:x", "CON:x" is ".\CON:x").
func Win32Normalize(p string) string {
	switch len(p) {
	case 0:
		return "."
	case 1:
		if p[0] == '/' {
			return `\`
		}
		return p
	}
	device, rootEnd, absolute := win32Root(p)
	colon := strings.IndexByte(p, ':')
	if device == "" && !isWin32Sep(p[0]) && colon > 0 && isReservedName(p, colon) {
		device, rootEnd = p[:colon+1], colon+1
	}
	tail := ""
	if rootEnd < len(p) {
		tail = normalizeSegments(p[rootEnd:], !absolute, isWin32Sep, `\`)
	}
	if tail == "" && !absolute {
		tail = "."
	}
	if tail != "" && isWin32Sep(p[len(p)-1]) {
		tail += `\`
	}
	if !absolute && device == "" && colon >= 0 {
		// A colon left in a relative path must not make a drive or stream
		// root of its first component (CVE-2024-36139).
		if hasDrive(tail) {
			return `.\` + tail
		}
		for i := colon; i >= 0; {
			if i == len(p)-1 || isWin32Sep(p[i+1]) {
				return `.\` + tail
			}
			next := strings.IndexByte(p[i+1:], ':')
			if next < 0 {
				break
			}
			i += 1 + next
		}
	}
	if isReservedName(p, colon) {
		return `.\` + device + tail
	}
	if absolute {
		return device + `\` + tail
	}
	return device + tail
}

// Win32IsAbsolute is path.win32.isAbsolute: a leading separator or a drive
// with one ("C:\"); "C:foo" is relative to drive C's working directory.
func Win32IsAbsolute(p string) bool {
	return p != "" && isWin32Sep(p[0]) || len(p) > 2 && hasDrive(p) && isWin32Sep(p[2])
}

// Win32Join is path.win32.join. The result starts with two separators only
// when the first non-empty part names a UNC server ("//server").
func Win32Join(parts []string) string {
	var b strings.Builder
	first := ""
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() == 0 {
			first = p
		} else {
			b.WriteByte('\\')
		}
		b.WriteString(p)
	}
	if b.Len() == 0 {
		return "."
	}
	joined := b.String()
	// Collapse leading separators unless first is exactly two of them and
	// something more.
	if !(len(first) > 2 && isWin32Sep(first[0]) && isWin32Sep(first[1]) && !isWin32Sep(first[2])) {
		n := 0
		for n < len(joined) && isWin32Sep(joined[n]) {
			n++
		}
		if n >= 2 {
			joined = `\` + joined[n:]
		}
	}
	return Win32Normalize(joined)
}

// Win32Relative is path.win32.relative: the path from from to to after
// resolving both (with cwd and getenv as Win32Resolve), comparing them
// case-insensitively. Paths on different roots give the resolved to.
func Win32Relative(from, to string, cwd func() string, getenv func(string) string) string {
	if from == to {
		return ""
	}
	fromOrig := Win32Resolve([]string{from}, cwd, getenv)
	toOrig := Win32Resolve([]string{to}, cwd, getenv)
	if fromOrig == toOrig {
		return ""
	}
	from, to = jsLower(fromOrig), jsLower(toOrig)
	if from == to {
		return ""
	}
	if utf16Len(fromOrig) != utf16Len(from) || utf16Len(toOrig) != utf16Len(to) {
		return relativeByComponent(fromOrig, toOrig)
	}
	// Lower-casing kept every length, so offsets into the lower-cased
	// strings are offsets into the originals, in UTF-16 units as node's.
	f := utf16.Encode([]rune(from))
	t := utf16.Encode([]rune(to))
	tOrig := utf16.Encode([]rune(toOrig))
	fromStart, fromEnd := trimBackslashes(f)
	toStart, toEnd := trimBackslashes(t)
	fromLen, toLen := fromEnd-fromStart, toEnd-toStart
	length := min(fromLen, toLen)
	lastCommonSep := -1
	i := 0
	for ; i < length; i++ {
		c := f[fromStart+i]
		if c != t[toStart+i] {
			break
		}
		if c == '\\' {
			lastCommonSep = i
		}
	}
	if i != length {
		if lastCommonSep == -1 {
			return toOrig // different roots
		}
	} else {
		if toLen > length {
			if t[toStart+i] == '\\' {
				return jsSlice(tOrig, toStart+i+1, len(tOrig)) // from is a parent of to
			}
			if i == 2 {
				return jsSlice(tOrig, toStart+i, len(tOrig)) // from is the drive root
			}
		}
		if fromLen > length {
			if f[fromStart+i] == '\\' {
				lastCommonSep = i // to is a parent of from
			} else if i == 2 {
				lastCommonSep = 3 // to is the drive root
			}
		}
		if lastCommonSep == -1 {
			lastCommonSep = 0
		}
	}
	var out strings.Builder
	for i = fromStart + lastCommonSep + 1; i <= fromEnd; i++ {
		if i == fromEnd || f[i] == '\\' {
			if out.Len() > 0 {
				out.WriteByte('\\')
			}
			out.WriteString("..")
		}
	}
	toStart += lastCommonSep
	if out.Len() > 0 {
		return out.String() + jsSlice(tOrig, toStart, toEnd)
	}
	if toStart < len(tOrig) && tOrig[toStart] == '\\' {
		toStart++
	}
	return jsSlice(tOrig, toStart, toEnd)
}

// relativeByComponent is Win32Relative for resolved paths whose length
// lower-casing changes (as 'İ' does): node then compares them a component
// at a time.
func relativeByComponent(from, to string) string {
	fromParts := strings.Split(from, `\`)
	toParts := strings.Split(to, `\`)
	if fromParts[len(fromParts)-1] == "" {
		fromParts = fromParts[:len(fromParts)-1]
	}
	if toParts[len(toParts)-1] == "" {
		toParts = toParts[:len(toParts)-1]
	}
	length := min(len(fromParts), len(toParts))
	i := 0
	for i < length && jsLower(fromParts[i]) == jsLower(toParts[i]) {
		i++
	}
	switch {
	case i == 0:
		return to
	case i < length:
		return strings.Repeat(`..\`, len(fromParts)-i) + strings.Join(toParts[i:], `\`)
	case len(toParts) > length:
		return strings.Join(toParts[i:], `\`)
	case len(fromParts) > length:
		return strings.Repeat(`..\`, len(fromParts)-1-i) + ".."
	}
	return ""
}

// trimBackslashes returns the bounds of s without its leading backslashes
// and its trailing ones (keeping at least one unit after start).
func trimBackslashes(s []uint16) (start, end int) {
	for start < len(s) && s[start] == '\\' {
		start++
	}
	end = len(s)
	for end-1 > start && s[end-1] == '\\' {
		end--
	}
	return start, end
}

// jsSlice is String.prototype.slice(start, end) on UTF-16 units.
func jsSlice(s []uint16, start, end int) string {
	end = min(end, len(s))
	if start >= end {
		return ""
	}
	return string(utf16.Decode(s[start:end]))
}

// Win32ToNamespacedPath is path.win32.toNamespacedPath: the resolved path
// (with cwd and getenv as Win32Resolve) in the Win32 file namespace,
// `\\?\C:\...` for a drive and `\\?\UNC\server\share\...` for a share.
// Other paths come back resolved, and the empty path and those that resolve
// to two characters or fewer unchanged.
func Win32ToNamespacedPath(p string, cwd func() string, getenv func(string) string) string {
	if p == "" {
		return p
	}
	resolved := Win32Resolve([]string{p}, cwd, getenv)
	if utf16Len(resolved) <= 2 {
		return p
	}
	if resolved[0] == '\\' {
		if resolved[1] == '\\' && resolved[2] != '?' && resolved[2] != '.' {
			return `\\?\UNC\` + resolved[2:]
		}
	} else if hasDrive(resolved) && resolved[2] == '\\' {
		return `\\?\` + resolved
	}
	return resolved
}

// Win32Dirname is path.win32.dirname. The root stays whole: "C:\" for
// "C:\a", "C:" for "C:a" and `\\server\share\` for a file on a share.
func Win32Dirname(p string) string {
	n := len(p)
	switch n {
	case 0:
		return "."
	case 1:
		if isWin32Sep(p[0]) {
			return p
		}
		return "."
	}
	rootEnd, offset := -1, 0
	if isWin32Sep(p[0]) {
		rootEnd, offset = 1, 1
		if isWin32Sep(p[1]) {
			if _, _, end, ok := uncRoot(p); ok {
				if end == n {
					return p // only a UNC root
				}
				rootEnd, offset = end+1, end+1
			}
		}
	} else if hasDrive(p) {
		rootEnd = 2
		if n > 2 && isWin32Sep(p[2]) {
			rootEnd = 3
		}
		offset = rootEnd
	}
	end := dirEnd(p, offset, isWin32Sep)
	if end == -1 {
		if rootEnd == -1 {
			return "."
		}
		end = rootEnd
	}
	return p[:end]
}

// Win32Basename is path.win32.basename: the last component after any drive,
// without suffix when it ends with it (compared case-sensitively, as node).
func Win32Basename(p, suffix string) string {
	start := 0
	if hasDrive(p) {
		start = 2
	}
	return basename(p, suffix, start, isWin32Sep)
}

// Win32Extname is path.win32.extname.
func Win32Extname(p string) string {
	stop := 0
	if hasDrive(p) {
		stop = 2
	}
	_, end, dot := scanExt(p, stop, stop, isWin32Sep)
	if end == -1 || dot == -1 {
		return ""
	}
	return p[dot:end]
}

// Win32Parse is path.win32.parse. The root is a drive ("C:" or "C:\"), a
// separator, or a UNC root with its trailing separator (`\\server\share\`).
func Win32Parse(p string) Parsed {
	var r Parsed
	n := len(p)
	switch {
	case n == 0:
		return r
	case n == 1:
		if isWin32Sep(p[0]) {
			r.Root, r.Dir = p, p
		} else {
			r.Base, r.Name = p, p
		}
		return r
	}
	rootEnd := 0
	if isWin32Sep(p[0]) {
		rootEnd = 1
		if isWin32Sep(p[1]) {
			if _, _, end, ok := uncRoot(p); ok {
				rootEnd = min(end+1, n)
			}
		}
	} else if hasDrive(p) {
		if n == 2 || n == 3 && isWin32Sep(p[2]) {
			r.Root, r.Dir = p, p // only a drive root
			return r
		}
		rootEnd = 2
		if isWin32Sep(p[2]) {
			rootEnd = 3
		}
	}
	r.Root = p[:rootEnd]
	partStart, end, dot := scanExt(p, rootEnd, rootEnd, isWin32Sep)
	if end != -1 {
		r.Base = p[partStart:end]
		if dot == -1 {
			r.Name = r.Base
		} else {
			r.Name, r.Ext = p[partStart:dot], p[dot:end]
		}
	}
	if partStart > 0 && partStart != rootEnd {
		r.Dir = p[:partStart-1]
	} else {
		r.Dir = r.Root
	}
	return r
}

// Win32Format is path.win32.format over string fields (empty meaning
// absent): dir (or root) and base (or name and ext) joined with '\'.
func Win32Format(p Parsed) string { return formatParsed(`\`, p) }

// Format is path.posix.format over string fields, as Win32Format.
func Format(p Parsed) string { return formatParsed("/", p) }

// formatParsed is both flavours' format over string fields.
func formatParsed(sep string, p Parsed) string {
	dir := p.Dir
	if dir == "" {
		dir = p.Root
	}
	base := p.Base
	if base == "" {
		base = p.Name
		if p.Ext != "" {
			base += dotExt(p.Ext)
		}
	}
	return formatPath(sep, dir, base, dir == p.Root)
}

// dotExt is a format extension with its leading dot.
func dotExt(ext string) string {
	if strings.HasPrefix(ext, ".") {
		return ext
	}
	return "." + ext
}

// formatPath is format's last step: base alone without a dir, appended to
// a dir that is the root (which ends in its separator), else after sep.
func formatPath(sep, dir, base string, dirIsRoot bool) string {
	switch {
	case dir == "":
		return base
	case dirIsRoot:
		return dir + base
	}
	return dir + sep + base
}
