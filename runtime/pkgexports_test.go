package runtime_test

import "testing"

// TestExportsEntryFallsBackToMain: a package whose "exports" entry does not
// compile in goja (ES module syntax) but whose "main" names another file
// loads through "main", the entry packages keep for older engines; an
// exports subpath, and a package without a different "main", still fail
// with the SyntaxError.
func TestExportsEntryFallsBackToMain(t *testing.T) {
	out, stderr, code := run(t, `
const log = require('log');
log(require('dual'));
try { require('dual/modern'); } catch (e) { log('subpath:', e.name); }
try { require('modern-only'); } catch (e) { log('no main:', e.name); }
log(require('dual'));
`,
		"node_modules/dual/package.json", `{"main": "./legacy.js", "exports": {".": "./modern.js", "./modern": "./modern.js"}}`,
		"node_modules/dual/modern.js", "export default 'modern';",
		"node_modules/dual/legacy.js", "module.exports = 'legacy';",
		"node_modules/modern-only/package.json", `{"exports": "./modern.js"}`,
		"node_modules/modern-only/modern.js", "export const modern = true;",
	)
	want := "legacy\nsubpath: SyntaxError\nno main: SyntaxError\nlegacy"
	if out != want || code != 0 {
		t.Fatalf("got %q (code %d), want %q; stderr:\n%s", out, code, want, stderr)
	}
}
