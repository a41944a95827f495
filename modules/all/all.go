// Package all registers every core module gonode ships. Import it for its
// side effects in a program that embeds the runtime:
//
//	import _ "github.com/gonode/gonode/modules/all"
package all

import (
	_ "github.com/gonode/gonode/modules/assert"
	_ "github.com/gonode/gonode/modules/buffer"
	_ "github.com/gonode/gonode/modules/childprocess"
	_ "github.com/gonode/gonode/modules/cluster"
	_ "github.com/gonode/gonode/modules/console"
	_ "github.com/gonode/gonode/modules/crypto"
	_ "github.com/gonode/gonode/modules/dgram"
	_ "github.com/gonode/gonode/modules/dns"
	_ "github.com/gonode/gonode/modules/fs"
	_ "github.com/gonode/gonode/modules/http"
	_ "github.com/gonode/gonode/modules/net"
	_ "github.com/gonode/gonode/modules/os"
	_ "github.com/gonode/gonode/modules/path"
	_ "github.com/gonode/gonode/modules/perfhooks"
	_ "github.com/gonode/gonode/modules/querystring"
	_ "github.com/gonode/gonode/modules/readline"
	_ "github.com/gonode/gonode/modules/stream"
	_ "github.com/gonode/gonode/modules/stringdecoder"
	_ "github.com/gonode/gonode/modules/tty"
	_ "github.com/gonode/gonode/modules/url"
	_ "github.com/gonode/gonode/modules/util"
	_ "github.com/gonode/gonode/modules/v8"
	_ "github.com/gonode/gonode/modules/worker_threads"
	_ "github.com/gonode/gonode/modules/zlib"
)
