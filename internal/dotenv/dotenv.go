// Package dotenv reads .env files as node does.
package dotenv

import "strings"

// Parse reads a .env file's content as node 20 does (--env-file,
// process.loadEnvFile, util.parseEnv): KEY=value pairs, an `export ` before
// the key ignored, blank lines and lines starting with # skipped. A key is
// what comes before the next =, trimmed of spaces (so a line without =
// joins the next line's key, as in node; an empty key ends the file). A
// value is trimmed of spaces; one in single, double or back quotes is what
// the quotes hold, over several lines if it must, with \n turned into a
// line break between double quotes; an unquoted one ends at a #. A value
// whose quote is not closed is the rest of its line, quote included (and
// nothing at the end of the file). It returns the key-value pairs in order
// (a key may come twice; the last counts).
func Parse(input string) [][2]string {
	content := trimSpaces(strings.ReplaceAll(input, "\r", ""))
	var out [][2]string
	// restOfLine returns content up to the next line break, and what
	// follows the line break.
	restOfLine := func() (line, rest string, ok bool) {
		i := strings.IndexByte(content, '\n')
		if i < 0 {
			return content, "", false
		}
		return content[:i], content[i+1:], true
	}
	for content != "" {
		if content[0] == '\n' || content[0] == '#' {
			_, content, _ = restOfLine()
			continue
		}
		eq := strings.IndexByte(content, '=')
		if eq < 0 {
			break
		}
		key := strings.TrimPrefix(trimSpaces(content[:eq]), "export ")
		if key == "" {
			return out
		}
		content = content[eq+1:]
		if content == "" || content[0] == '\n' {
			out = append(out, [2]string{key, ""})
			continue
		}
		if content = trimSpaces(content); content == "" {
			out = append(out, [2]string{key, ""})
			break
		}
		switch q := content[0]; {
		case q == '"' || q == '\'' || q == '`':
			end := strings.IndexByte(content[1:], q)
			if end < 0 {
				line, _, ok := restOfLine()
				if !ok {
					return out
				}
				out = append(out, [2]string{key, line})
				content = content[len(line):]
				break
			}
			value := content[1 : 1+end]
			if q == '"' {
				value = strings.ReplaceAll(value, `\n`, "\n")
			}
			out = append(out, [2]string{key, value})
			content = content[2+end:]
			_, content, _ = restOfLine()
		default:
			var line string
			line, content, _ = restOfLine()
			if i := strings.IndexByte(line, '#'); i >= 0 {
				line = line[:i]
			}
			out = append(out, [2]string{key, trimSpaces(line)})
		}
	}
	return out
}

// trimSpaces trims the spaces (not tabs) at both ends of s, as node's
// parser does.
func trimSpaces(s string) string {
	return strings.Trim(s, " ")
}
