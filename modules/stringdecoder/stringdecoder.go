// Package stringdecoder implements node's 'string_decoder' core module in
// embedded JavaScript.
package stringdecoder

import (
	_ "embed"

	_ "github.com/gonode/gonode/modules/buffer" // internal/errors, buffer
	"github.com/gonode/gonode/runtime"
)

//go:embed string_decoder.js
var source string

func init() {
	runtime.RegisterCoreModule("string_decoder", runtime.JSModule("node:string_decoder", source))
}
