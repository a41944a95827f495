package util

import (
	"math"
	"strconv"
	"strings"

	"github.com/gonode/gonode/runtime"
)

// jsNumber formats a float64 as JavaScript's Number.prototype.toString().
func jsNumber(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0:
		return "0"
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e21 {
		if math.Abs(f) < 1<<53 {
			return strconv.FormatInt(int64(f), 10)
		}
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	// Shortest round-trip digits, laid out per Number::toString.
	digits := strconv.FormatFloat(math.Abs(f), 'e', -1, 64) // d.ddde±x
	mant, expStr, _ := strings.Cut(digits, "e")
	exp, _ := strconv.Atoi(expStr)
	ds := strings.Replace(mant, ".", "", 1)
	k := len(ds)
	n := exp + 1 // position of the decimal point
	var b strings.Builder
	if f < 0 {
		b.WriteByte('-')
	}
	switch {
	case k <= n && n <= 21:
		b.WriteString(ds)
		b.WriteString(strings.Repeat("0", n-k))
	case 0 < n && n <= 21:
		b.WriteString(ds[:n])
		b.WriteByte('.')
		b.WriteString(ds[n:])
	case -6 < n && n <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -n))
		b.WriteString(ds)
	default:
		b.WriteString(ds[:1])
		if k > 1 {
			b.WriteByte('.')
			b.WriteString(ds[1:])
		}
		b.WriteByte('e')
		if n-1 >= 0 {
			b.WriteByte('+')
		}
		b.WriteString(strconv.Itoa(n - 1))
	}
	return b.String()
}

// formatNumber is node's formatNumber without styling.
func formatNumber(f float64, numericSeparator bool) string {
	if f == 0 && math.Signbit(f) {
		return "-0"
	}
	s := jsNumber(f)
	if !numericSeparator {
		return s
	}
	if f == math.Trunc(f) {
		if math.IsInf(f, 0) || strings.Contains(s, "e") {
			return s
		}
		return runtime.NumericSeparated(s)
	}
	if math.IsNaN(f) {
		return s
	}
	intPart, frac, _ := strings.Cut(s, ".")
	return runtime.NumericSeparated(intPart) + "." + addNumericSeparatorEnd(frac)
}

func addNumericSeparatorEnd(s string) string {
	var b strings.Builder
	i := 0
	for ; i < len(s)-3; i += 3 {
		b.WriteString(s[i : i+3])
		b.WriteByte('_')
	}
	if i == 0 {
		return s
	}
	b.WriteString(s[i:])
	return b.String()
}

// formatBigInt is node's formatBigInt without styling; s is the decimal digits.
func formatBigInt(s string, numericSeparator bool) string {
	if numericSeparator {
		s = runtime.NumericSeparated(s)
	}
	return s + "n"
}
