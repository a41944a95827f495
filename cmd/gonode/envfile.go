package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// loadEnvFiles sets the variables of the --env-file files in the process's
// environment, as node does before it starts: a later file's value of a
// variable replaces an earlier one's, and none replaces a variable the
// environment already has. The errors are node's: a file that cannot be
// opened is "not found", one that cannot be read "invalid format".
func loadEnvFiles(paths []string) error {
	var names []string
	values := map[string]string{}
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("%s: not found", path)
		}
		data, err := io.ReadAll(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: invalid format", path)
		}
		for _, kv := range parseEnvFile(string(data)) {
			if _, seen := values[kv[0]]; !seen {
				names = append(names, kv[0])
			}
			values[kv[0]] = kv[1]
		}
	}
	for _, name := range names {
		if _, set := os.LookupEnv(name); set {
			continue
		}
		// A name with a NUL byte cannot be set: it is left out.
		_ = os.Setenv(name, values[name])
	}
	return nil
}

// parseEnvFile reads a .env file's content as node 20's --env-file does:
// KEY=value pairs, an `export ` before the key ignored, blank lines and
// lines starting with # skipped. A key is what comes before the next =,
// trimmed of spaces (so a line without = joins the next line's key, as in
// node; an empty key ends the file). A value is trimmed of spaces; one in single, double or back quotes
// is what the quotes hold, over several lines if it must, with \n turned
// into a line break between double quotes; an unquoted one ends at a #. A
// value whose quote is not closed is the rest of its line, quote included
// (and nothing at the end of the file). It returns the key-value pairs in
// order (a key may come twice; the last counts).
func parseEnvFile(input string) [][2]string {
	content := trimEnvSpaces(strings.ReplaceAll(input, "\r", ""))
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
		key := strings.TrimPrefix(trimEnvSpaces(content[:eq]), "export ")
		if key == "" {
			return out
		}
		content = content[eq+1:]
		if content == "" || content[0] == '\n' {
			out = append(out, [2]string{key, ""})
			continue
		}
		if content = trimEnvSpaces(content); content == "" {
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
			out = append(out, [2]string{key, trimEnvSpaces(line)})
		}
	}
	return out
}

// trimEnvSpaces trims the spaces (not tabs) at both ends of s, as node's
// parser does.
func trimEnvSpaces(s string) string {
	return strings.Trim(s, " ")
}
