package url

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gonode/gonode/modules/buffer"
	"golang.org/x/text/unicode/norm"
)

// encodeSet tells which code points a percent-encode set escapes.
type encodeSet func(c rune) bool

func c0ControlSet(c rune) bool { return c < 0x20 || c > 0x7E }

func fragmentSet(c rune) bool {
	return c0ControlSet(c) || c == ' ' || c == '"' || c == '<' || c == '>' || c == '`'
}

func querySet(c rune) bool {
	return c0ControlSet(c) || c == ' ' || c == '"' || c == '#' || c == '<' || c == '>'
}

func specialQuerySet(c rune) bool { return querySet(c) || c == '\'' }

func pathSet(c rune) bool { return querySet(c) || c == '?' || c == '`' || c == '{' || c == '}' }

func userinfoSet(c rune) bool {
	return pathSet(c) || c == '/' || c == ':' || c == ';' || c == '=' || c == '@' ||
		(c >= '[' && c <= '^') || c == '|'
}

const upperHex = "0123456789ABCDEF"

func percentEncodeRune(c rune, set encodeSet) string {
	if !set(c) {
		return string(c)
	}
	var tmp [4]byte
	n := utf8.EncodeRune(tmp[:], c)
	var b strings.Builder
	for _, x := range tmp[:n] {
		b.WriteByte('%')
		b.WriteByte(upperHex[x>>4])
		b.WriteByte(upperHex[x&15])
	}
	return b.String()
}

func percentEncodeString(s string, set encodeSet) string {
	var b strings.Builder
	for _, c := range s {
		b.WriteString(percentEncodeRune(c, set))
	}
	return b.String()
}

// percentDecode decodes %XX escapes into bytes, leaving invalid ones.
func percentDecode(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isASCIIHex(rune(s[i+1])) && isASCIIHex(rune(s[i+2])) {
			v, _ := strconv.ParseUint(s[i+1:i+3], 16, 8)
			out = append(out, byte(v))
			i += 2
			continue
		}
		out = append(out, s[i])
	}
	return out
}

func isForbiddenHost(c rune) bool {
	switch c {
	case 0, '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|':
		return true
	}
	return false
}

func isForbiddenDomain(c rune) bool {
	return isForbiddenHost(c) || c <= 0x1F || c == '%' || c == 0x7F
}

// parseHost is the WHATWG host parser; it returns the serialized host.
func parseHost(input string, isOpaque bool) (string, bool) {
	if strings.HasPrefix(input, "[") {
		if !strings.HasSuffix(input, "]") || len(input) < 2 {
			return "", false
		}
		addr, ok := parseIPv6([]rune(input[1 : len(input)-1]))
		if !ok {
			return "", false
		}
		return "[" + serializeIPv6(addr) + "]", true
	}
	if isOpaque {
		for _, c := range input {
			if isForbiddenHost(c) {
				return "", false
			}
		}
		return percentEncodeString(input, c0ControlSet), true
	}
	domain := buffer.UTF8String(percentDecode(input))
	ascii, ok := DomainToASCII(domain, false)
	if !ok {
		return "", false
	}
	for _, c := range ascii {
		if isForbiddenDomain(c) {
			return "", false
		}
	}
	if endsInNumber(ascii) {
		v4, ok := parseIPv4(ascii)
		if !ok {
			return "", false
		}
		return serializeIPv4(v4), true
	}
	return ascii, true
}

func endsInNumber(s string) bool {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" {
		if len(parts) == 1 {
			return false
		}
		parts = parts[:len(parts)-1]
	}
	last := parts[len(parts)-1]
	if last != "" && strings.Trim(last, "0123456789") == "" {
		return true
	}
	_, ok := parseIPv4Number(last)
	return ok
}

// parseIPv4Number parses a decimal, 0x-hex or 0-octal number.
func parseIPv4Number(s string) (*big.Int, bool) {
	if s == "" {
		return nil, false
	}
	base := 10
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		s, base = s[2:], 16
	} else if len(s) >= 2 && s[0] == '0' {
		s, base = s[1:], 8
	}
	if s == "" {
		return big.NewInt(0), true
	}
	n, ok := new(big.Int).SetString(s, base)
	if !ok || n.Sign() < 0 || strings.ContainsAny(s, "+-_") {
		return nil, false
	}
	return n, true
}

func parseIPv4(s string) (uint32, bool) {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" && len(parts) > 1 {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return 0, false
	}
	nums := make([]*big.Int, len(parts))
	for i, p := range parts {
		n, ok := parseIPv4Number(p)
		if !ok {
			return 0, false
		}
		nums[i] = n
	}
	for _, n := range nums[:len(nums)-1] {
		if n.Cmp(big.NewInt(255)) > 0 {
			return 0, false
		}
	}
	limit := new(big.Int).Lsh(big.NewInt(1), uint(8*(5-len(nums))))
	last := nums[len(nums)-1]
	if last.Cmp(limit) >= 0 {
		return 0, false
	}
	v := last.Uint64()
	for i, n := range nums[:len(nums)-1] {
		v += n.Uint64() << (8 * (3 - i))
	}
	return uint32(v), true
}

func serializeIPv4(v uint32) string {
	return strconv.Itoa(int(v>>24)) + "." + strconv.Itoa(int(v>>16&255)) + "." +
		strconv.Itoa(int(v>>8&255)) + "." + strconv.Itoa(int(v&255))
}

func hexVal(c rune) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// parseIPv6 is the WHATWG IPv6 parser.
func parseIPv6(in []rune) ([8]uint16, bool) {
	var addr [8]uint16
	piece, compress := 0, -1
	p := 0
	at := func(i int) rune {
		if i < len(in) {
			return in[i]
		}
		return eof
	}
	if at(p) == ':' {
		if at(p+1) != ':' {
			return addr, false
		}
		p += 2
		piece++
		compress = piece
	}
	for at(p) != eof {
		if piece == 8 {
			return addr, false
		}
		if at(p) == ':' {
			if compress != -1 {
				return addr, false
			}
			p++
			piece++
			compress = piece
			continue
		}
		value, length := 0, 0
		for length < 4 && hexVal(at(p)) >= 0 {
			value = value*16 + hexVal(at(p))
			p++
			length++
		}
		if at(p) == '.' {
			if length == 0 {
				return addr, false
			}
			p -= length
			if piece > 6 {
				return addr, false
			}
			numbersSeen := 0
			for at(p) != eof {
				ipv4Piece := -1
				if numbersSeen > 0 {
					if at(p) == '.' && numbersSeen < 4 {
						p++
					} else {
						return addr, false
					}
				}
				if !isASCIIDigit(at(p)) {
					return addr, false
				}
				for isASCIIDigit(at(p)) {
					n := int(at(p) - '0')
					if ipv4Piece == -1 {
						ipv4Piece = n
					} else if ipv4Piece == 0 {
						return addr, false
					} else {
						ipv4Piece = ipv4Piece*10 + n
					}
					if ipv4Piece > 255 {
						return addr, false
					}
					p++
				}
				addr[piece] = addr[piece]*0x100 + uint16(ipv4Piece)
				numbersSeen++
				if numbersSeen == 2 || numbersSeen == 4 {
					piece++
				}
			}
			if numbersSeen != 4 {
				return addr, false
			}
			break
		} else if at(p) == ':' {
			p++
			if at(p) == eof {
				return addr, false
			}
		} else if at(p) != eof {
			return addr, false
		}
		addr[piece] = uint16(value)
		piece++
	}
	if compress != -1 {
		swaps := piece - compress
		piece = 7
		for piece != 0 && swaps > 0 {
			addr[piece], addr[compress+swaps-1] = addr[compress+swaps-1], addr[piece]
			piece--
			swaps--
		}
	} else if piece != 8 {
		return addr, false
	}
	return addr, true
}

func serializeIPv6(addr [8]uint16) string {
	// The first longest run of two or more zero pieces is compressed.
	best, bestLen := -1, 1
	for i := 0; i < 8; {
		if addr[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && addr[j] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	var b strings.Builder
	ignore0 := false
	for i := 0; i < 8; i++ {
		if ignore0 && addr[i] == 0 {
			continue
		}
		ignore0 = false
		if i == best {
			if i == 0 {
				b.WriteString("::")
			} else {
				b.WriteString(":")
			}
			ignore0 = true
			continue
		}
		b.WriteString(strconv.FormatUint(uint64(addr[i]), 16))
		if i != 7 {
			b.WriteByte(':')
		}
	}
	return b.String()
}

// ignoredInDomain are code points UTS #46 maps to nothing.
func ignoredInDomain(r rune) bool {
	switch {
	case r == 0xAD, r == 0x34F, r >= 0x180B && r <= 0x180D, r == 0x200B, r == 0x2060, r == 0xFEFF,
		r >= 0xFE00 && r <= 0xFE0F:
		return true
	}
	return false
}

// DomainToASCII converts a domain to its ASCII (punycode) form, applying a
// subset of the UTS #46 mapping: case folding, NFKC and dot variants.
func DomainToASCII(domain string, beStrict bool) (string, bool) {
	ascii := true
	for i := 0; i < len(domain); i++ {
		if domain[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		var b strings.Builder
		for _, r := range domain {
			switch {
			case ignoredInDomain(r):
			case r == 0x3002 || r == 0xFF0E || r == 0xFF61:
				b.WriteByte('.')
			case r == 0x130: // İ folds to i + combining dot above
				b.WriteString("i\u0307")
			default:
				b.WriteRune(r)
			}
		}
		domain = norm.NFKC.String(strings.ToLower(norm.NFKC.String(b.String())))
	} else {
		domain = strings.ToLower(domain)
	}
	labels := strings.Split(domain, ".")
	for i, label := range labels {
		if strings.HasPrefix(label, "xn--") {
			decoded, ok := punycodeDecode(label[4:])
			if !ok || decoded == "" || !isValidDecodedLabel(decoded) {
				return "", false
			}
			continue
		}
		if !isASCIIString(label) {
			for _, r := range label {
				if r == utf8.RuneError || r < 0x20 && r != 0 {
					return "", false
				}
			}
			enc, ok := punycodeEncode(label)
			if !ok {
				return "", false
			}
			labels[i] = "xn--" + enc
		}
	}
	out := strings.Join(labels, ".")
	if beStrict && (len(out) > 253 || out == "") {
		return "", false
	}
	return out, true
}

// isValidDecodedLabel: a decoded xn-- label must be in NFC and lower case,
// free of control characters, and not plain ASCII.
func isValidDecodedLabel(s string) bool {
	for _, r := range s {
		if r < 0x20 || r >= 0x7F && r < 0xA0 {
			return false
		}
	}
	return !isASCIIString(s) && norm.NFC.IsNormalString(s) && strings.ToLower(s) == s
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// DomainToUnicode converts xn-- labels back to Unicode.
func DomainToUnicode(domain string) string {
	labels := strings.Split(strings.ToLower(domain), ".")
	for i, label := range labels {
		if strings.HasPrefix(label, "xn--") {
			if decoded, ok := punycodeDecode(label[4:]); ok {
				labels[i] = decoded
			}
		}
	}
	return strings.Join(labels, ".")
}

// Punycode (RFC 3492).
const (
	pcBase        = 36
	pcTMin        = 1
	pcTMax        = 26
	pcSkew        = 38
	pcDamp        = 700
	pcInitialBias = 72
	pcInitialN    = 128
)

func pcAdapt(delta, numPoints int, first bool) int {
	if first {
		delta /= pcDamp
	} else {
		delta /= 2
	}
	delta += delta / numPoints
	k := 0
	for delta > ((pcBase-pcTMin)*pcTMax)/2 {
		delta /= pcBase - pcTMin
		k += pcBase
	}
	return k + (pcBase-pcTMin+1)*delta/(delta+pcSkew)
}

func pcDigit(d int) byte {
	if d < 26 {
		return byte('a' + d)
	}
	return byte('0' + d - 26)
}

func punycodeEncode(s string) (string, bool) {
	runes := []rune(s)
	var out []byte
	for _, r := range runes {
		if r < 0x80 {
			out = append(out, byte(r))
		}
	}
	h := len(out)
	b := h
	if b > 0 {
		out = append(out, '-')
	}
	n, delta, bias := pcInitialN, 0, pcInitialBias
	for h < len(runes) {
		m := int(^uint(0) >> 1)
		for _, r := range runes {
			if int(r) >= n && int(r) < m {
				m = int(r)
			}
		}
		if (m-n)*(h+1) < 0 || delta+(m-n)*(h+1) < delta {
			return "", false
		}
		delta += (m - n) * (h + 1)
		n = m
		for _, r := range runes {
			if int(r) < n {
				delta++
			}
			if int(r) == n {
				q := delta
				for k := pcBase; ; k += pcBase {
					t := k - bias
					if t < pcTMin {
						t = pcTMin
					} else if t > pcTMax {
						t = pcTMax
					}
					if q < t {
						break
					}
					out = append(out, pcDigit(t+(q-t)%(pcBase-t)))
					q = (q - t) / (pcBase - t)
				}
				out = append(out, pcDigit(q))
				bias = pcAdapt(delta, h+1, h == b)
				delta = 0
				h++
			}
		}
		delta++
		n++
	}
	return string(out), true
}

func punycodeDecode(s string) (string, bool) {
	var out []rune
	basic := strings.LastIndexByte(s, '-')
	if basic > 0 {
		for _, c := range s[:basic] {
			if c >= 0x80 {
				return "", false
			}
			out = append(out, c)
		}
		s = s[basic+1:]
	} else if basic == 0 {
		s = s[1:]
	}
	n, i, bias := pcInitialN, 0, pcInitialBias
	for pos := 0; pos < len(s); {
		oldi, w := i, 1
		for k := pcBase; ; k += pcBase {
			if pos >= len(s) {
				return "", false
			}
			c := s[pos]
			pos++
			var digit int
			switch {
			case c >= '0' && c <= '9':
				digit = int(c-'0') + 26
			case c >= 'a' && c <= 'z':
				digit = int(c - 'a')
			case c >= 'A' && c <= 'Z':
				digit = int(c - 'A')
			default:
				return "", false
			}
			i += digit * w
			if i < 0 {
				return "", false
			}
			t := k - bias
			if t < pcTMin {
				t = pcTMin
			} else if t > pcTMax {
				t = pcTMax
			}
			if digit < t {
				break
			}
			w *= pcBase - t
		}
		bias = pcAdapt(i-oldi, len(out)+1, oldi == 0)
		n += i / (len(out) + 1)
		i %= len(out) + 1
		if n > utf8.MaxRune {
			return "", false
		}
		out = append(out, 0)
		copy(out[i+1:], out[i:])
		out[i] = rune(n)
		i++
	}
	return string(out), true
}
