package main

import (
	"fmt"
	"io"
	"os"

	"github.com/gonode/gonode/internal/dotenv"
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
		for _, kv := range dotenv.Parse(string(data)) {
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
