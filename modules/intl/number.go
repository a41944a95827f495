package intl

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// A numberFormat is an Intl.NumberFormat's formatting, resolved by
// intl.js (which also builds the PluralRules' and RelativeTimeFormat's
// number formats); formatting runs here, in Go, as it is the hot path of
// every toLocaleString.
type numberFormat struct {
	percent        bool
	notation       string // "standard", "scientific", "engineering" or "compact"
	compactLong    bool
	rounding       string // "fractionDigits", "significantDigits", "compact", "morePrecision" or "lessPrecision"
	minInt         int
	minFD, maxFD   int
	minSD, maxSD   int
	mode           string // the roundingMode
	increment      int
	stripIfInteger bool
	grouping       string // "auto", "always", "min2" or "" (none)
	signDisplay    string
	accounting     bool // negative numbers in parentheses
	// affixes are the parts (type, value, type, value, ...) before and after
	// the number, for the plural forms one and other.
	affixes [2][2][]string
}

// maxExponent bounds the zeros a decimal string's value may be written
// with: 10^-maxExponent and smaller format as zero.
const maxExponent = 100000

var compactShort = [...]string{"K", "M", "B", "T"}
var compactLong = [...]string{"thousand", "million", "billion", "trillion"}

// newNumberFormat reads a numberFormat from intl.js's state object s.
func newNumberFormat(vm *goja.Runtime, s *goja.Object) *numberFormat {
	get := func(name string) goja.Value {
		if v := s.Get(name); v != nil {
			return v
		}
		return goja.Undefined()
	}
	str := func(name string) string { return get(name).String() }
	num := func(name string) int {
		if v := get(name); !goja.IsUndefined(v) {
			return int(v.ToInteger())
		}
		return -1
	}
	nf := &numberFormat{
		percent:        str("style") == "percent",
		notation:       str("notation"),
		compactLong:    str("compactDisplay") == "long",
		rounding:       str("roundingType"),
		minInt:         num("minimumIntegerDigits"),
		minFD:          num("minimumFractionDigits"),
		maxFD:          num("maximumFractionDigits"),
		minSD:          num("minimumSignificantDigits"),
		maxSD:          num("maximumSignificantDigits"),
		mode:           str("roundingMode"),
		increment:      num("roundingIncrement"),
		stripIfInteger: str("trailingZeroDisplay") == "stripIfInteger",
		signDisplay:    str("signDisplay"),
		accounting:     str("style") == "currency" && str("currencySign") == "accounting",
	}
	if g := get("useGrouping"); g.ToBoolean() {
		nf.grouping = g.String()
	}
	var affixes [][][]string
	if err := vm.ExportTo(get("affixes"), &affixes); err == nil && len(affixes) == 2 {
		for i := range 2 {
			for j := range 2 {
				if j < len(affixes[i]) {
					nf.affixes[i][j] = affixes[i][j]
				}
			}
		}
	}
	return nf
}

// A decimal is the value 0.digits × 10^exp; digits has no leading or
// trailing zeros, and is empty for zero.
type decimal struct {
	digits []byte
	exp    int
}

// parseDecimal reads an unsigned decimal literal ("12.5", "1e-7", ".5").
func parseDecimal(s string) decimal {
	mant, expPart, _ := strings.Cut(strings.ToLower(s), "e")
	e := 0
	if expPart != "" {
		var err error
		if e, err = strconv.Atoi(expPart); err != nil {
			// Out of range: the value is infinite or zero.
			e = math.MaxInt32
			if strings.HasPrefix(expPart, "-") {
				e = -e
			}
		}
	}
	intPart, frac, _ := strings.Cut(mant, ".")
	all := []byte(intPart + frac)
	exp := len(intPart) + e
	lead := 0
	for lead < len(all) && all[lead] == '0' {
		lead++
	}
	all = all[lead:]
	exp -= lead
	end := len(all)
	for end > 0 && all[end-1] == '0' {
		end--
	}
	if end == 0 {
		return decimal{}
	}
	return decimal{digits: all[:end], exp: exp}
}

func floatDecimal(f float64) decimal {
	return parseDecimal(strconv.FormatFloat(math.Abs(f), 'e', -1, 64))
}

// roundsUp says whether dropping rest (the digits after kept) rounds the
// kept digits' last one up, by ECMA-402's rounding mode.
func roundsUp(kept, rest []byte, mode string, negative bool) bool {
	nonzero := func(b []byte) bool {
		for _, c := range b {
			if c != '0' {
				return true
			}
		}
		return false
	}
	if !nonzero(rest) {
		return false
	}
	half := -1 // rest against one half of the last kept digit
	switch {
	case rest[0] > '5':
		half = 1
	case rest[0] == '5' && nonzero(rest[1:]):
		half = 1
	case rest[0] == '5':
		half = 0
	}
	switch mode {
	case "ceil":
		return !negative
	case "floor":
		return negative
	case "expand":
		return true
	case "trunc":
		return false
	case "halfCeil":
		return half > 0 || (half == 0 && !negative)
	case "halfFloor":
		return half > 0 || (half == 0 && negative)
	case "halfTrunc":
		return half > 0
	case "halfEven":
		return half > 0 || (half == 0 && len(kept) > 0 && (kept[len(kept)-1]-'0')%2 == 1)
	default: // halfExpand
		return half >= 0
	}
}

// round keeps the first keep digits of d (keep may be zero or negative),
// rounding the rest away by mode.
func (d decimal) round(keep int, mode string, negative bool) decimal {
	if keep >= len(d.digits) {
		return d
	}
	unitExp := d.exp - keep
	var kept, rest []byte
	if keep > 0 {
		kept = append([]byte(nil), d.digits[:keep]...)
		rest = d.digits[keep:]
	} else {
		rest = append([]byte(strings.Repeat("0", -keep)), d.digits...)
	}
	if roundsUp(kept, rest, mode, negative) {
		i := len(kept) - 1
		for i >= 0 && kept[i] == '9' {
			kept[i] = '0'
			i--
		}
		if i < 0 {
			kept = append([]byte{'1'}, kept...)
		} else {
			kept[i]++
		}
	}
	n := len(kept)
	end := n
	for end > 0 && kept[end-1] == '0' {
		end--
	}
	if end == 0 {
		return decimal{}
	}
	return decimal{digits: kept[:end], exp: n + unitExp}
}

// split is d's integer and fraction digits.
func (d decimal) split() (string, string) {
	digits := string(d.digits)
	switch {
	case len(digits) == 0:
		return "0", ""
	case d.exp <= 0:
		return "0", strings.Repeat("0", -d.exp) + digits
	case d.exp >= len(digits):
		return digits + strings.Repeat("0", d.exp-len(digits)), ""
	default:
		return digits[:d.exp], digits[d.exp:]
	}
}

// roundNumber rounds d as nf says; it returns the rounded value and the
// fraction and significant digits it must show at least.
func (nf *numberFormat) roundNumber(d decimal, negative bool) (r decimal, minFD, minSD int) {
	keep, minFD, minSD := d.exp+nf.maxFD, nf.minFD, 0
	switch nf.rounding {
	case "significantDigits":
		keep, minFD, minSD = nf.maxSD, 0, nf.minSD
	case "compact":
		keep, minFD, minSD = max(d.exp, 2), 0, 1
	case "morePrecision", "lessPrecision":
		if (nf.maxSD >= d.exp+nf.maxFD) == (nf.rounding == "morePrecision") {
			keep, minFD, minSD = nf.maxSD, 0, nf.minSD
		}
	}
	if nf.increment > 1 {
		return nf.roundToIncrement(d, negative), minFD, minSD
	}
	return d.round(keep, nf.mode, negative), minFD, minSD
}

// roundToIncrement rounds d to a multiple of increment × 10^-maxFD.
func (nf *numberFormat) roundToIncrement(d decimal, negative bool) decimal {
	intPart, frac := decimal{digits: d.digits, exp: d.exp + nf.maxFD}.split()
	units, _ := strconv.ParseFloat(intPart+"."+frac+"0", 64)
	units /= float64(nf.increment)
	whole := math.Floor(units)
	q := whole
	if rest := units - whole; rest > 0 {
		restDigit := []byte{'4'}
		if rest > 0.5 {
			restDigit[0] = '6'
		} else if rest == 0.5 {
			restDigit[0] = '5'
		}
		if roundsUp([]byte(strconv.FormatFloat(whole, 'f', 0, 64)), restDigit, nf.mode, negative) {
			q++
		}
	}
	r := floatDecimal(q * float64(nf.increment))
	if len(r.digits) > 0 {
		r.exp -= nf.maxFD
	}
	return r
}

// groupSizes splits int into groups of three when nf groups it.
func (nf *numberFormat) group(int string) []string {
	min := 4
	if nf.grouping == "min2" {
		min = 5
	}
	if nf.grouping == "" || len(int) < min {
		return []string{int}
	}
	first := len(int) % 3
	if first == 0 {
		first = 3
	}
	groups := []string{int[:first]}
	for i := first; i < len(int); i += 3 {
		groups = append(groups, int[i:i+3])
	}
	return groups
}

// parts formats x (a float64, a *big.Int, or a decimal literal string
// with an optional sign) as formatToParts's list, flattened: type, value,
// type, value, ...
func (nf *numberFormat) parts(x any) []string {
	var d decimal
	negative, kind := false, "finite"
	switch v := x.(type) {
	case *big.Int:
		negative = v.Sign() < 0
		d = parseDecimal(new(big.Int).Abs(v).String())
	case string:
		negative = strings.HasPrefix(v, "-")
		d = parseDecimal(strings.TrimLeft(v, "+-"))
		switch {
		case d.exp > 309:
			// Beyond a double's range is infinity, as V8 has it.
			if f, _ := strconv.ParseFloat(v, 64); math.IsInf(f, 0) {
				kind = "infinity"
			}
		case d.exp < -maxExponent:
			d = decimal{} // too small to write out
		}
	case float64:
		negative = v < 0 || (v == 0 && math.Signbit(v))
		switch {
		case math.IsNaN(v):
			kind, negative = "nan", false
		case math.IsInf(v, 0):
			kind = "infinity"
		default:
			d = floatDecimal(v)
		}
	}
	var body []string
	zero, plural := false, 1
	switch kind {
	case "nan":
		body = []string{"nan", "NaN"}
	case "infinity":
		body = []string{"infinity", "∞"}
	default:
		body, zero, plural = nf.digitParts(d, negative)
	}
	sign := ""
	switch nf.signDisplay {
	case "auto":
		if negative {
			sign = "-"
		}
	case "always":
		sign = "+"
		if negative {
			sign = "-"
		}
	case "exceptZero":
		if !zero && kind != "nan" {
			sign = "+"
			if negative {
				sign = "-"
			}
		}
	case "negative":
		if negative && !zero {
			sign = "-"
		}
	}
	prefix, suffix := nf.affixes[plural][0], nf.affixes[plural][1]
	out := make([]string, 0, len(prefix)+len(body)+len(suffix)+4)
	accounting := nf.accounting && sign == "-"
	switch {
	case accounting:
		out = append(out, "literal", "(")
	case sign == "-":
		out = append(out, "minusSign", "-")
	case sign == "+":
		out = append(out, "plusSign", "+")
	}
	out = append(out, prefix...)
	out = append(out, body...)
	out = append(out, suffix...)
	if accounting {
		out = append(out, "literal", ")")
	}
	return out
}

// digitParts formats the finite d: its parts, whether it rounded to zero,
// and its plural form (0 for one, 1 for other).
func (nf *numberFormat) digitParts(d decimal, negative bool) (body []string, zero bool, plural int) {
	if nf.percent && len(d.digits) > 0 {
		d.exp += 2
	}
	exponent, compact := 0, 0
	scientific := nf.notation == "scientific" || nf.notation == "engineering"
	step := 1
	if nf.notation == "engineering" {
		step = 3
	}
	if scientific && len(d.digits) > 0 {
		exponent = d.exp - 1
		if step == 3 {
			exponent = int(math.Floor(float64(exponent)/3)) * 3
		}
		d.exp -= exponent
	} else if nf.notation == "compact" && len(d.digits) > 0 && d.exp > 3 {
		compact = min((d.exp-1)/3, 4)
		d.exp -= compact * 3
	}
	r, minFD, minSD := nf.roundNumber(d, negative)
	switch {
	case len(r.digits) > 0 && compact > 0 && compact < 4 && r.exp > 3:
		// 999.99K rounded to 1000K is 1M.
		compact++
		d.exp -= 3
		r, minFD, minSD = nf.roundNumber(d, negative)
	case len(r.digits) > 0 && scientific && r.exp > step:
		exponent += step
		d.exp -= step
		r, minFD, minSD = nf.roundNumber(d, negative)
	}
	intPart, frac := r.split()
	if len(frac) < minFD {
		frac += strings.Repeat("0", minFD-len(frac))
	}
	if minSD > 0 {
		sig := len(strings.TrimLeft(frac, "0"))
		if intPart != "0" {
			sig = len(intPart) + len(frac)
		}
		sig = max(sig, 1)
		if sig < minSD {
			frac += strings.Repeat("0", minSD-sig)
		}
	}
	if nf.stripIfInteger && strings.Trim(frac, "0") == "" {
		frac = ""
	}
	if len(intPart) < nf.minInt {
		intPart = strings.Repeat("0", nf.minInt-len(intPart)) + intPart
	}
	plural = 1
	if intPart == "1" && frac == "" {
		plural = 0
	}
	for i, g := range nf.group(intPart) {
		if i > 0 {
			body = append(body, "group", ",")
		}
		body = append(body, "integer", g)
	}
	if frac != "" {
		body = append(body, "decimal", ".", "fraction", frac)
	}
	if scientific {
		body = append(body, "exponentSeparator", "E")
		if exponent < 0 {
			body = append(body, "exponentMinusSign", "-")
		}
		body = append(body, "exponentInteger", strconv.Itoa(abs(exponent)))
	} else if compact > 0 {
		if nf.compactLong {
			body = append(body, "literal", " ", "compact", compactLong[compact-1])
		} else {
			body = append(body, "compact", compactShort[compact-1])
		}
	}
	return body, len(r.digits) == 0, plural
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// numberArg is x as numberFormat.parts takes it.
func numberArg(x goja.Value) any {
	switch v := x.Export().(type) {
	case *big.Int:
		return v
	case string:
		if t := strings.TrimSpace(v); isDecimalLiteral(t) {
			return t
		}
		return x.ToFloat()
	case int64:
		return float64(v)
	default:
		return x.ToFloat()
	}
}

// formatNumber is nf's parts of x joined.
func formatNumber(nf *numberFormat, x goja.Value) string {
	parts := nf.parts(numberArg(x))
	var b strings.Builder
	for i := 1; i < len(parts); i += 2 {
		b.WriteString(parts[i])
	}
	return b.String()
}

// isDecimalLiteral reports whether s is an optionally signed decimal
// number ("-12.5e3", ".5"), which Intl formats with all its digits.
func isDecimalLiteral(s string) bool {
	digits := func(d string) bool { return strings.Trim(d, "0123456789") == "" }
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	mant := s
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant = s[:i]
		exp := strings.TrimPrefix(strings.TrimPrefix(s[i+1:], "-"), "+")
		if exp == "" || !digits(exp) {
			return false
		}
	}
	intPart, frac, _ := strings.Cut(mant, ".")
	return intPart+frac != "" && digits(intPart) && digits(frac)
}
