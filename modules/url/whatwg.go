package url

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// URL is a parsed WHATWG URL record.
type URL struct {
	Scheme   string
	Username string
	Password string
	Host     string
	HasHost  bool // host is non-null (it may be the empty host)
	Port     int  // -1 when null
	Path     []string
	Opaque   bool   // the path is an opaque path (e.g. "mailto:x")
	OpaqueP  string // the opaque path
	Query    string
	HasQuery bool
	Frag     string
	HasFrag  bool
}

// specialPort is the default port of a special scheme (-1 for file:), and
// whether scheme is special.
func specialPort(scheme string) (int, bool) {
	switch scheme {
	case "ftp":
		return 21, true
	case "file":
		return -1, true
	case "http", "ws":
		return 80, true
	case "https", "wss":
		return 443, true
	}
	return 0, false
}

// IsSpecial reports whether the scheme is one of the special schemes.
func (u *URL) IsSpecial() bool {
	_, ok := specialPort(u.Scheme)
	return ok
}

func isSpecialScheme(s string) bool {
	_, ok := specialPort(s)
	return ok
}

func defaultPort(scheme string) int {
	if p, ok := specialPort(scheme); ok {
		return p
	}
	return -1
}

// Href serializes u.
func (u *URL) Href(excludeFragment bool) string {
	var b strings.Builder
	b.WriteString(u.Scheme)
	b.WriteByte(':')
	if u.HasHost {
		b.WriteString("//")
		if u.Username != "" || u.Password != "" {
			b.WriteString(u.Username)
			if u.Password != "" {
				b.WriteByte(':')
				b.WriteString(u.Password)
			}
			b.WriteByte('@')
		}
		b.WriteString(u.Host)
		if u.Port >= 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(u.Port))
		}
	} else if !u.Opaque && len(u.Path) > 1 && u.Path[0] == "" {
		b.WriteString("/.")
	}
	b.WriteString(u.Pathname())
	if u.HasQuery {
		b.WriteByte('?')
		b.WriteString(u.Query)
	}
	if !excludeFragment && u.HasFrag {
		b.WriteByte('#')
		b.WriteString(u.Frag)
	}
	return b.String()
}

// Pathname serializes the path.
func (u *URL) Pathname() string {
	if u.Opaque {
		return u.OpaqueP
	}
	var b strings.Builder
	for _, seg := range u.Path {
		b.WriteByte('/')
		b.WriteString(seg)
	}
	return b.String()
}

// Origin serializes the origin of u ("null" for opaque origins).
func (u *URL) Origin() string {
	switch u.Scheme {
	case "http", "https", "ws", "wss", "ftp":
		s := u.Scheme + "://" + u.Host
		if u.Port >= 0 {
			s += ":" + strconv.Itoa(u.Port)
		}
		return s
	case "blob":
		if inner, ok := Parse(u.Pathname(), nil); ok && (inner.Scheme == "http" || inner.Scheme == "https") {
			return inner.Origin()
		}
	}
	return "null"
}

func (u *URL) clone() *URL {
	c := *u
	c.Path = append([]string(nil), u.Path...)
	return &c
}

// shortenPath removes the last path segment (keeping a lone Windows drive
// letter of a file URL).
func (u *URL) shortenPath() {
	if u.Scheme == "file" && len(u.Path) == 1 && isNormalizedDriveLetter(u.Path[0]) {
		return
	}
	if len(u.Path) > 0 {
		u.Path = u.Path[:len(u.Path)-1]
	}
}

func (u *URL) includesCredentials() bool { return u.Username != "" || u.Password != "" }

// cannotHaveCredentials: null or empty host, or the file scheme.
func (u *URL) cannotHaveCredentials() bool {
	return !u.HasHost || u.Host == "" || u.Scheme == "file"
}

type state int

const (
	stNone state = iota
	stSchemeStart
	stScheme
	stNoScheme
	stSpecialRelativeOrAuthority
	stPathOrAuthority
	stRelative
	stRelativeSlash
	stSpecialAuthoritySlashes
	stSpecialAuthorityIgnoreSlashes
	stAuthority
	stHost
	stHostname
	stPort
	stFile
	stFileSlash
	stFileHost
	stPathStart
	stPath
	stOpaquePath
	stQuery
	stFragment
)

const eof = -1

func isASCIIAlpha(c rune) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isASCIIDigit(c rune) bool { return c >= '0' && c <= '9' }
func isASCIIHex(c rune) bool   { return isASCIIDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
func isASCIIAlnum(c rune) bool { return isASCIIAlpha(c) || isASCIIDigit(c) }
func toLowerASCII(c rune) rune {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func isWindowsDriveLetter(s []rune) bool {
	return len(s) == 2 && isASCIIAlpha(s[0]) && (s[1] == ':' || s[1] == '|')
}

func isNormalizedDriveLetter(s string) bool {
	return len(s) == 2 && isASCIIAlpha(rune(s[0])) && s[1] == ':'
}

// startsWithDriveLetter: the code points at p start with a Windows drive
// letter followed by the end or / \ ? #.
func startsWithDriveLetter(in []rune, p int) bool {
	if p+1 >= len(in) || !isWindowsDriveLetter(in[p:p+2]) {
		return false
	}
	if p+2 == len(in) {
		return true
	}
	switch in[p+2] {
	case '/', '\\', '?', '#':
		return true
	}
	return false
}

func isSingleDot(s string) bool {
	return s == "." || strings.EqualFold(s, "%2e")
}

func isDoubleDot(s string) bool {
	switch strings.ToLower(s) {
	case "..", ".%2e", "%2e.", "%2e%2e":
		return true
	}
	return false
}

// trimInput strips leading/trailing C0 controls and spaces and removes tabs
// and newlines.
func trimInput(s string, trimEnds bool) []rune {
	if trimEnds {
		s = strings.TrimFunc(s, func(r rune) bool { return r <= 0x20 })
	}
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if r == '\t' || r == '\n' || r == '\r' {
			continue
		}
		out = append(out, r)
	}
	return out
}

// Parse parses input against an optional base URL.
func Parse(input string, base *URL) (*URL, bool) {
	u := &URL{Port: -1}
	if !basicParse(trimInput(input, true), base, u, stNone) {
		return nil, false
	}
	return u, true
}

// basicParse runs the WHATWG basic URL parser over in, writing into u. With
// an override state it modifies an existing URL (setters) and its result
// tells whether the input was accepted.
func basicParse(in []rune, base *URL, u *URL, override state) bool {
	st := override
	if st == stNone {
		st = stSchemeStart
	}
	var buf strings.Builder
	atSignSeen, insideBrackets, passwordTokenSeen := false, false, false
	p := 0
	at := func(i int) rune {
		if i < len(in) {
			return in[i]
		}
		return eof
	}
	for ; ; p++ {
		c := at(p)
		switch st {
		case stSchemeStart:
			if isASCIIAlpha(c) {
				buf.WriteRune(toLowerASCII(c))
				st = stScheme
			} else if override == stNone {
				st = stNoScheme
				p--
			} else {
				return false
			}
		case stScheme:
			if isASCIIAlnum(c) || c == '+' || c == '-' || c == '.' {
				buf.WriteRune(toLowerASCII(c))
			} else if c == ':' {
				scheme := buf.String()
				if override != stNone {
					if u.IsSpecial() != isSpecialScheme(scheme) {
						return true
					}
					if (u.includesCredentials() || u.Port >= 0) && scheme == "file" {
						return true
					}
					if u.Scheme == "file" && u.HasHost && u.Host == "" {
						return true
					}
				}
				u.Scheme = scheme
				if override != stNone {
					if u.Port == defaultPort(u.Scheme) {
						u.Port = -1
					}
					return true
				}
				buf.Reset()
				switch {
				case u.Scheme == "file":
					st = stFile
				case u.IsSpecial() && base != nil && base.Scheme == u.Scheme:
					st = stSpecialRelativeOrAuthority
				case u.IsSpecial():
					st = stSpecialAuthoritySlashes
				case at(p+1) == '/':
					st = stPathOrAuthority
					p++
				default:
					u.Opaque = true
					u.OpaqueP = ""
					st = stOpaquePath
				}
			} else if override == stNone {
				buf.Reset()
				st = stNoScheme
				p = -1
			} else {
				return false
			}
		case stNoScheme:
			if base == nil || (base.Opaque && c != '#') {
				return false
			}
			if base.Opaque && c == '#' {
				u.Scheme = base.Scheme
				u.Opaque, u.OpaqueP = true, base.OpaqueP
				u.Query, u.HasQuery = base.Query, base.HasQuery
				u.Frag, u.HasFrag = "", true
				st = stFragment
			} else if base.Scheme != "file" {
				st = stRelative
				p--
			} else {
				st = stFile
				p--
			}
		case stSpecialRelativeOrAuthority:
			if c == '/' && at(p+1) == '/' {
				st = stSpecialAuthorityIgnoreSlashes
				p++
			} else {
				st = stRelative
				p--
			}
		case stPathOrAuthority:
			if c == '/' {
				st = stAuthority
			} else {
				st = stPath
				p--
			}
		case stRelative:
			u.Scheme = base.Scheme
			if c == '/' {
				st = stRelativeSlash
			} else if u.IsSpecial() && c == '\\' {
				st = stRelativeSlash
			} else {
				u.Username, u.Password = base.Username, base.Password
				u.Host, u.HasHost, u.Port = base.Host, base.HasHost, base.Port
				u.Path = append([]string(nil), base.Path...)
				u.Query, u.HasQuery = base.Query, base.HasQuery
				switch {
				case c == '?':
					u.Query, u.HasQuery = "", true
					st = stQuery
				case c == '#':
					u.Frag, u.HasFrag = "", true
					st = stFragment
				case c != eof:
					u.Query, u.HasQuery = "", false
					u.shortenPath()
					st = stPath
					p--
				}
			}
		case stRelativeSlash:
			if u.IsSpecial() && (c == '/' || c == '\\') {
				st = stSpecialAuthorityIgnoreSlashes
			} else if c == '/' {
				st = stAuthority
			} else {
				u.Username, u.Password = base.Username, base.Password
				u.Host, u.HasHost, u.Port = base.Host, base.HasHost, base.Port
				st = stPath
				p--
			}
		case stSpecialAuthoritySlashes:
			if c == '/' && at(p+1) == '/' {
				st = stSpecialAuthorityIgnoreSlashes
				p++
			} else {
				st = stSpecialAuthorityIgnoreSlashes
				p--
			}
		case stSpecialAuthorityIgnoreSlashes:
			if c != '/' && c != '\\' {
				st = stAuthority
				p--
			}
		case stAuthority:
			if c == '@' {
				if atSignSeen {
					s := buf.String()
					buf.Reset()
					buf.WriteString("%40")
					buf.WriteString(s)
				}
				atSignSeen = true
				for _, r := range buf.String() {
					if r == ':' && !passwordTokenSeen {
						passwordTokenSeen = true
						continue
					}
					enc := percentEncodeRune(r, userinfoSet)
					if passwordTokenSeen {
						u.Password += enc
					} else {
						u.Username += enc
					}
				}
				buf.Reset()
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.IsSpecial() && c == '\\') {
				if atSignSeen && buf.Len() == 0 {
					return false
				}
				p -= utf8.RuneCountInString(buf.String()) + 1
				buf.Reset()
				st = stHost
			} else {
				buf.WriteRune(c)
			}
		case stHost, stHostname:
			if override != stNone && u.Scheme == "file" {
				p--
				st = stFileHost
			} else if c == ':' && !insideBrackets {
				if buf.Len() == 0 {
					return false
				}
				if override == stHostname {
					return false
				}
				host, ok := parseHost(buf.String(), !u.IsSpecial())
				if !ok {
					return false
				}
				u.Host, u.HasHost = host, true
				buf.Reset()
				st = stPort
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.IsSpecial() && c == '\\') {
				p--
				if u.IsSpecial() && buf.Len() == 0 {
					return false
				} else if override != stNone && buf.Len() == 0 && (u.includesCredentials() || u.Port >= 0) {
					return false
				}
				host, ok := parseHost(buf.String(), !u.IsSpecial())
				if !ok {
					return false
				}
				u.Host, u.HasHost = host, true
				buf.Reset()
				st = stPathStart
				if override != stNone {
					return true
				}
			} else {
				if c == '[' {
					insideBrackets = true
				}
				if c == ']' {
					insideBrackets = false
				}
				buf.WriteRune(c)
			}
		case stPort:
			if isASCIIDigit(c) {
				buf.WriteRune(c)
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.IsSpecial() && c == '\\') || override != stNone {
				if buf.Len() != 0 {
					port, err := strconv.Atoi(buf.String())
					if err != nil || port > 65535 {
						return false
					}
					if port == defaultPort(u.Scheme) {
						u.Port = -1
					} else {
						u.Port = port
					}
					buf.Reset()
					if override != stNone {
						return true
					}
				}
				if override != stNone {
					return false
				}
				st = stPathStart
				p--
			} else {
				return false
			}
		case stFile:
			u.Scheme = "file"
			u.Host, u.HasHost = "", true
			if c == '/' || c == '\\' {
				st = stFileSlash
			} else if base != nil && base.Scheme == "file" {
				u.Host, u.HasHost = base.Host, base.HasHost
				u.Path = append([]string(nil), base.Path...)
				u.Query, u.HasQuery = base.Query, base.HasQuery
				switch {
				case c == '?':
					u.Query, u.HasQuery = "", true
					st = stQuery
				case c == '#':
					u.Frag, u.HasFrag = "", true
					st = stFragment
				case c != eof:
					u.Query, u.HasQuery = "", false
					if !startsWithDriveLetter(in, p) {
						u.shortenPath()
					} else {
						u.Path = nil
					}
					st = stPath
					p--
				}
			} else {
				st = stPath
				p--
			}
		case stFileSlash:
			if c == '/' || c == '\\' {
				st = stFileHost
			} else {
				if base != nil && base.Scheme == "file" {
					u.Host, u.HasHost = base.Host, base.HasHost
					if !startsWithDriveLetter(in, p) && len(base.Path) > 0 && isNormalizedDriveLetter(base.Path[0]) {
						u.Path = append(u.Path, base.Path[0])
					}
				}
				st = stPath
				p--
			}
		case stFileHost:
			if c == eof || c == '/' || c == '\\' || c == '?' || c == '#' {
				p--
				bufRunes := []rune(buf.String())
				if override == stNone && isWindowsDriveLetter(bufRunes) {
					st = stPath
				} else if buf.Len() == 0 {
					u.Host, u.HasHost = "", true
					if override != stNone {
						return true
					}
					st = stPathStart
				} else {
					host, ok := parseHost(buf.String(), !u.IsSpecial())
					if !ok {
						return false
					}
					if host == "localhost" {
						host = ""
					}
					u.Host, u.HasHost = host, true
					if override != stNone {
						return true
					}
					buf.Reset()
					st = stPathStart
				}
			} else {
				buf.WriteRune(c)
			}
		case stPathStart:
			if u.IsSpecial() {
				st = stPath
				if c != '/' && c != '\\' {
					p--
				}
			} else if override == stNone && c == '?' {
				u.Query, u.HasQuery = "", true
				st = stQuery
			} else if override == stNone && c == '#' {
				u.Frag, u.HasFrag = "", true
				st = stFragment
			} else if c != eof {
				st = stPath
				if c != '/' {
					p--
				}
			} else if override != stNone && !u.HasHost {
				u.Path = append(u.Path, "")
			}
		case stPath:
			if c == eof || c == '/' || (u.IsSpecial() && c == '\\') || (override == stNone && (c == '?' || c == '#')) {
				seg := buf.String()
				slash := c == '/' || (u.IsSpecial() && c == '\\')
				if isDoubleDot(seg) {
					// Like node (ada), a final ".." that finds nothing to
					// remove leaves a non-special path empty.
					hadSegments := len(u.Path) > 0
					u.shortenPath()
					if !slash && (hadSegments || u.IsSpecial()) {
						u.Path = append(u.Path, "")
					}
				} else if isSingleDot(seg) && !slash {
					u.Path = append(u.Path, "")
				} else if !isSingleDot(seg) {
					if u.Scheme == "file" && len(u.Path) == 0 && isWindowsDriveLetter([]rune(seg)) {
						seg = seg[:1] + ":"
					}
					u.Path = append(u.Path, seg)
				}
				buf.Reset()
				if c == '?' {
					u.Query, u.HasQuery = "", true
					st = stQuery
				}
				if c == '#' {
					u.Frag, u.HasFrag = "", true
					st = stFragment
				}
			} else {
				buf.WriteString(percentEncodeRune(c, pathSet))
			}
		case stOpaquePath:
			if c == '?' {
				u.Query, u.HasQuery = "", true
				st = stQuery
			} else if c == '#' {
				u.Frag, u.HasFrag = "", true
				st = stFragment
			} else if c != eof {
				u.OpaqueP += percentEncodeRune(c, c0ControlSet)
			}
		case stQuery:
			if (override == stNone && c == '#') || c == eof {
				set := querySet
				if u.IsSpecial() {
					set = specialQuerySet
				}
				u.Query += percentEncodeString(buf.String(), set)
				buf.Reset()
				if c == '#' {
					u.Frag, u.HasFrag = "", true
					st = stFragment
				}
			} else if c != eof {
				buf.WriteRune(c)
			}
		case stFragment:
			if c != eof {
				u.Frag += percentEncodeRune(c, fragmentSet)
			}
		}
		if p >= len(in) {
			return true
		}
	}
}
