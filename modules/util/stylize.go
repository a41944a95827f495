package util

import (
	"strconv"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/lazy"
)

// color is an SGR open/close pair (util.inspect.colors).
type color struct{ open, close int }

// colorNames are util.inspect.colors in node's order.
var colorNames = []string{
	"reset", "bold", "dim", "italic", "underline", "blink", "inverse", "hidden", "strikethrough",
	"doubleunderline", "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
	"bgBlack", "bgRed", "bgGreen", "bgYellow", "bgBlue", "bgMagenta", "bgCyan", "bgWhite",
	"framed", "overlined", "gray", "redBright", "greenBright", "yellowBright", "blueBright",
	"magentaBright", "cyanBright", "whiteBright", "bgGray", "bgRedBright", "bgGreenBright",
	"bgYellowBright", "bgBlueBright", "bgMagentaBright", "bgCyanBright", "bgWhiteBright",
}

// colors are util.inspect.colors by name, made on first use.
func colors() map[string]color {
	return colorsLazy.Get(func() map[string]color {
		return map[string]color{
			"reset": {0, 0}, "bold": {1, 22}, "dim": {2, 22}, "italic": {3, 23}, "underline": {4, 24},
			"blink": {5, 25}, "inverse": {7, 27}, "hidden": {8, 28}, "strikethrough": {9, 29},
			"doubleunderline": {21, 24}, "black": {30, 39}, "red": {31, 39}, "green": {32, 39},
			"yellow": {33, 39}, "blue": {34, 39}, "magenta": {35, 39}, "cyan": {36, 39}, "white": {37, 39},
			"bgBlack": {40, 49}, "bgRed": {41, 49}, "bgGreen": {42, 49}, "bgYellow": {43, 49},
			"bgBlue": {44, 49}, "bgMagenta": {45, 49}, "bgCyan": {46, 49}, "bgWhite": {47, 49},
			"framed": {51, 54}, "overlined": {53, 55}, "gray": {90, 39}, "redBright": {91, 39},
			"greenBright": {92, 39}, "yellowBright": {93, 39}, "blueBright": {94, 39},
			"magentaBright": {95, 39}, "cyanBright": {96, 39}, "whiteBright": {97, 39},
			"bgGray": {100, 49}, "bgRedBright": {101, 49}, "bgGreenBright": {102, 49},
			"bgYellowBright": {103, 49}, "bgBlueBright": {104, 49}, "bgMagentaBright": {105, 49},
			"bgCyanBright": {106, 49}, "bgWhiteBright": {107, 49},
		}
	})
}

var colorsLazy lazy.Value[map[string]color]

// colorAliases are the non-enumerable alternative names of colors.
var colorAliases = [][2]string{
	{"grey", "gray"}, {"blackBright", "gray"}, {"bgGrey", "bgGray"}, {"bgBlackBright", "bgGray"},
	{"faint", "dim"}, {"crossedout", "strikethrough"}, {"strikeThrough", "strikethrough"},
	{"crossedOut", "strikethrough"}, {"conceal", "hidden"}, {"swapColors", "inverse"},
	{"swapcolors", "inverse"}, {"doubleUnderline", "doubleunderline"},
}

// styleNames are util.inspect.styles in node's order, with their colors.
var styleNames = [][2]string{
	{"special", "cyan"}, {"number", "yellow"}, {"bigint", "yellow"}, {"boolean", "yellow"},
	{"undefined", "grey"}, {"null", "bold"}, {"string", "green"}, {"symbol", "green"},
	{"date", "magenta"}, {"regexp", "red"}, {"module", "underline"},
}

// styleColor is the color of style in util.inspect.styles' defaults.
func styleColor(style string) (string, bool) {
	for _, s := range styleNames {
		if s[0] == style {
			return s[1], true
		}
	}
	return "", false
}

func colorByName(name string) (color, bool) {
	if c, ok := colors()[name]; ok {
		return c, true
	}
	for _, a := range colorAliases {
		if a[0] == name {
			return colors()[a[1]], true
		}
	}
	return color{}, false
}

// stylize is node's ctx.stylize: ANSI colors with the colors option, the
// user's stylize function if given, else the text unchanged.
func (c *inspector) stylize(s, style string) string {
	switch {
	case c.opts.Colors:
		return c.st.colorize(s, style)
	case c.opts.Stylize != nil:
		v, err := c.opts.Stylize(goja.Undefined(), c.vm.ToValue(s), c.vm.ToValue(style))
		if err != nil {
			panic(err)
		}
		return v.String()
	}
	return s
}

// colorize is node's stylizeWithColor, reading util.inspect.styles and
// util.inspect.colors from JS when they have been exposed (and may have
// been changed).
func (s *vmState) colorize(str, style string) string {
	if s.styles == nil {
		name, ok := styleColor(style)
		if !ok {
			return str
		}
		col, ok := colorByName(name)
		if !ok {
			return str
		}
		return sgr(col.open) + str + sgr(col.close)
	}
	name := s.styles.Get(style)
	if name == nil || goja.IsUndefined(name) {
		return str
	}
	col, ok := s.colors.Get(name.String()).(*goja.Object)
	if !ok {
		return str
	}
	return "\x1b[" + col.Get("0").String() + "m" + str + "\x1b[" + col.Get("1").String() + "m"
}

func sgr(n int) string {
	return "\x1b[" + strconv.Itoa(n) + "m"
}
