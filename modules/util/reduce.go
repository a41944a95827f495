package util

import (
	"math"
	"strings"
)

// Entry list kinds (node's kObjectType, kArrayType, kArrayExtrasType).
const (
	kObjectType = iota
	kArrayType
	kArrayExtrasType
)

// isBelowBreakLength reports whether output fits on one line.
func (c *inspector) isBelowBreakLength(output []string, start int, base string) bool {
	total := len(output) + start
	if float64(total+len(output)) > c.opts.BreakLength {
		return false
	}
	for _, o := range output {
		// Entries can be long: count only as far as the limit.
		room := int(math.Min(c.opts.BreakLength-float64(total), float64(len(o))))
		if c.opts.Colors {
			total += jsLenUpTo(removeColors(o), room)
		} else {
			total += jsLenUpTo(o, room)
		}
		if float64(total) > c.opts.BreakLength {
			return false
		}
	}
	return base == "" || !strings.Contains(base, "\n")
}

// reduceToSingleString joins the formatted entries of an object, on one line
// when they fit and otherwise one per line.
func (c *inspector) reduceToSingleString(output []string, base string, braces [2]string, extrasType int, recurseTimes int, numeric func(i int) bool) string {
	if c.opts.Compact != CompactAll {
		if c.opts.Compact >= 1 {
			entries := len(output)
			if extrasType == kArrayExtrasType && entries > 6 {
				output = c.groupArrayElements(output, numeric)
			}
			if c.currentDepth-recurseTimes < c.opts.Compact && entries == len(output) {
				start := len(output) + c.indentationLvl + jsLen(braces[0]) + jsLen(base) + 10
				if c.isBelowBreakLength(output, start, base) && !anyContains(output, "\n") {
					prefix := braces[0] + " "
					if base != "" {
						prefix = base + " " + prefix
					}
					return joinWrapped(prefix, output, ", ", " "+braces[1])
				}
			}
		}
		indentation := "\n" + strings.Repeat(" ", c.indentationLvl)
		prefix := braces[0] + indentation + "  "
		if base != "" {
			prefix = base + " " + prefix
		}
		return joinWrapped(prefix, output, ","+indentation+"  ", indentation+braces[1])
	}
	if c.isBelowBreakLength(output, 0, base) {
		s := braces[0]
		if base != "" {
			s += " " + base
		}
		return joinWrapped(s+" ", output, ", ", " "+braces[1])
	}
	indentation := strings.Repeat(" ", c.indentationLvl)
	ln := " "
	if base != "" || jsLen(braces[0]) != 1 {
		ln = ""
		if base != "" {
			ln = " " + base
		}
		ln += "\n" + indentation + "  "
	}
	return joinWrapped(braces[0]+ln, output, ",\n"+indentation+"  ", " "+braces[1])
}

// joinWrapped is prefix + strings.Join(parts, sep) + suffix, built once.
func joinWrapped(prefix string, parts []string, sep, suffix string) string {
	n := len(prefix) + len(suffix)
	for i, p := range parts {
		if i > 0 {
			n += len(sep)
		}
		n += len(p)
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(prefix)
	for i, p := range parts {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(p)
	}
	b.WriteString(suffix)
	return b.String()
}

func anyContains(parts []string, sub string) bool {
	for _, p := range parts {
		if strings.Contains(p, sub) {
			return true
		}
	}
	return false
}

// groupArrayElements lays out many short array entries in aligned columns.
// numeric(i) reports whether element i is a number or bigint (right-aligned);
// it is nil when the entries are not array elements.
func (c *inspector) groupArrayElements(output []string, numeric func(i int) bool) []string {
	totalLength := 0
	maxLength := 0
	outputLength := len(output)
	if c.opts.MaxArrayLength < float64(len(output)) {
		// Leave the "... more items" entry out.
		outputLength--
	}
	const separatorSpace = 2
	dataLen := make([]int, outputLength)
	for i := 0; i < outputLength; i++ {
		l := StringWidth(output[i], c.opts.Colors)
		dataLen[i] = l
		totalLength += l + separatorSpace
		if maxLength < l {
			maxLength = l
		}
	}
	actualMax := maxLength + separatorSpace
	if float64(actualMax*3+c.indentationLvl) < c.opts.BreakLength &&
		(float64(totalLength)/float64(actualMax) > 5 || maxLength <= 6) {
		const approxCharHeights = 2.5
		averageBias := math.Sqrt(float64(actualMax) - float64(totalLength)/float64(len(output)))
		biasedMax := math.Max(float64(actualMax)-3-averageBias, 1)
		columns := math.Min(
			math.Min(
				math.Round(math.Sqrt(approxCharHeights*biasedMax*float64(outputLength))/biasedMax),
				math.Floor((c.opts.BreakLength-float64(c.indentationLvl))/float64(actualMax)),
			),
			math.Min(float64(c.opts.Compact*4), 15),
		)
		if columns <= 1 {
			return output
		}
		cols := int(columns)
		var tmp []string
		maxLineLength := make([]int, 0, cols)
		for i := 0; i < cols; i++ {
			lineMaxLength := 0
			for j := i; j < len(output); j += cols {
				if j < outputLength && dataLen[j] > lineMaxLength {
					lineMaxLength = dataLen[j]
				}
			}
			maxLineLength = append(maxLineLength, lineMaxLength+separatorSpace)
		}
		padStart := true
		if numeric != nil {
			for i := 0; i < len(output); i++ {
				if !numeric(i) {
					padStart = false
					break
				}
			}
		}
		for i := 0; i < outputLength; i += cols {
			max := min(i+cols, outputLength)
			var b strings.Builder
			j := i
			for ; j < max-1; j++ {
				padding := maxLineLength[j-i] + jsLen(output[j]) - dataLen[j]
				pad(&b, output[j]+", ", padding, padStart)
			}
			if padStart {
				padding := maxLineLength[j-i] + jsLen(output[j]) - dataLen[j] - separatorSpace
				pad(&b, output[j], padding, true)
			} else {
				b.WriteString(output[j])
			}
			tmp = append(tmp, b.String())
		}
		if c.opts.MaxArrayLength < float64(len(output)) {
			tmp = append(tmp, output[outputLength])
		}
		output = tmp
	}
	return output
}

// pad writes s padded with spaces to width (in UTF-16 units), at the start
// or the end.
func pad(b *strings.Builder, s string, width int, start bool) {
	n := width - jsLen(s)
	if start {
		spaces(b, n)
	}
	b.WriteString(s)
	if !start {
		spaces(b, n)
	}
}

const blanks = "                                                                "

func spaces(b *strings.Builder, n int) {
	for n > 0 {
		k := min(n, len(blanks))
		b.WriteString(blanks[:k])
		n -= k
	}
}
