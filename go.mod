module github.com/gonode/gonode

go 1.26.8

require (
	github.com/andybalholm/brotli v1.2.0
	github.com/dop251/goja v0.0.0-20260917113740-793a2a65c13b
	github.com/rivo/uniseg v0.4.7
	golang.org/x/sys v0.50.0
	golang.org/x/text v0.16.0
)

require (
	github.com/dlclark/regexp2/v2 v2.5.2 // indirect
	github.com/go-sourcemap/sourcemap v2.1.4+incompatible // indirect
)

// goja with small own-property storage: see third_party/goja/GONODE.md.
replace github.com/dop251/goja => ./third_party/goja

// brotli without its net/http helper: see third_party/brotli/GONODE.md.
replace github.com/andybalholm/brotli => ./third_party/brotli

// regexp2 with its Unicode tables made on first use: see third_party/regexp2/GONODE.md.
replace github.com/dlclark/regexp2/v2 => ./third_party/regexp2
