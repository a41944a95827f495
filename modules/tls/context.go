package tls

import (
	"crypto"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"os"
	"strings"
	"sync"
)

// secureContext is what tls.createSecureContext() builds: the certificates
// and keys a side presents, the authorities it trusts, and the protocol
// versions it allows. It is immutable once made but for its session ticket
// keys; sessions copy its config.
type secureContext struct {
	certs      []tls.Certificate
	roots      *x509.CertPool // nil: the default authorities
	minVersion uint16
	maxVersion uint16

	// ticketKeys are node's 48 bytes of session ticket keys (random until
	// set; made on first use): a server using the context encrypts its
	// tickets with a key made from them, so that a ticket one connection
	// (or process) issued resumes a session on another with the same keys.
	// goTicketKeys is crypto/tls's key made from them (nil until made).
	// Loop goroutine only.
	ticketKeys   [48]byte
	goTicketKeys [][32]byte
}

// sessionTicketKeys returns the context's session ticket keys, as node
// gives them (getTicketKeys), and the key crypto/tls uses.
func (c *secureContext) sessionTicketKeys() ([48]byte, [][32]byte) {
	if c.goTicketKeys == nil {
		var keys [48]byte
		_, _ = rand.Read(keys[:])
		c.setSessionTicketKeys(keys)
	}
	return c.ticketKeys, c.goTicketKeys
}

// setSessionTicketKeys sets the context's session ticket keys
// (setTicketKeys), for the connections that start from now on.
func (c *secureContext) setSessionTicketKeys(keys [48]byte) {
	c.ticketKeys, c.goTicketKeys = keys, [][32]byte{sha256.Sum256(keys[:])}
}

// contextOptions are createSecureContext's options as tls.js passes them:
// every PEM input already a byte slice.
type contextOptions struct {
	keys       [][]byte
	passphrase string
	certs      [][]byte
	ca         [][]byte
	hasCA      bool
	minVersion uint16
	maxVersion uint16
}

// opensslError is an error shaped as node's OpenSSL errors: a message and
// an ERR_OSSL_ code (node also sets library, function and reason).
type opensslError struct {
	code, library, reason, message string
}

func (e *opensslError) Error() string { return e.message }

var (
	errNoStartLine = &opensslError{
		code: "ERR_OSSL_PEM_NO_START_LINE", library: "PEM routines", reason: "no start line",
		message: "error:0480006C:PEM routines::no start line",
	}
	errUnsupportedKey = &opensslError{
		code: "ERR_OSSL_UNSUPPORTED", library: "DECODER routines", reason: "unsupported",
		message: "error:1E08010C:DECODER routines::unsupported",
	}
	errKeyMismatch = &opensslError{
		code: "ERR_OSSL_X509_KEY_VALUES_MISMATCH", library: "x509 certificate routines", reason: "key values mismatch",
		message: "error:05800074:x509 certificate routines::key values mismatch",
	}
	errBadDecrypt = &opensslError{
		code: "ERR_OSSL_BAD_DECRYPT", library: "Provider routines", reason: "bad decrypt",
		message: "error:1C800064:Provider routines::bad decrypt",
	}
)

// newSecureContext builds a context from opts, with node's errors for PEM
// it cannot read and for a key that does not match its certificate.
func newSecureContext(opts contextOptions) (*secureContext, error) {
	c := &secureContext{minVersion: opts.minVersion, maxVersion: opts.maxVersion}
	if opts.hasCA {
		c.roots = x509.NewCertPool()
		for _, p := range opts.ca {
			// (node skips an authority it cannot read.)
			certs, _ := parseCertificates(p)
			for _, cert := range certs {
				c.roots.AddCert(cert)
			}
		}
	}
	var chain [][]byte
	for _, p := range opts.certs {
		certs, err := parseCertificates(p)
		if err != nil {
			return nil, err
		}
		for _, cert := range certs {
			chain = append(chain, cert.Raw)
		}
	}
	if len(opts.keys) == 0 {
		return c, nil
	}
	if len(chain) == 0 {
		// node loads the key and fails at the first handshake that needs
		// a certificate; the context itself is valid.
		return c, nil
	}
	for _, k := range opts.keys {
		key, err := parsePrivateKey(k, opts.passphrase)
		if err != nil {
			return nil, err
		}
		pair := tls.Certificate{Certificate: chain, PrivateKey: key}
		leaf, err := x509.ParseCertificate(chain[0])
		if err != nil {
			return nil, fmt.Errorf("tls: parse certificate: %w", err)
		}
		if !publicKeyMatches(leaf.PublicKey, key) {
			return nil, errKeyMismatch
		}
		pair.Leaf = leaf
		c.certs = append(c.certs, pair)
	}
	return c, nil
}

// parseCertificates reads every CERTIFICATE block of a PEM input.
func parseCertificates(p []byte) ([]*x509.Certificate, error) {
	var certs []*x509.Certificate
	for {
		var block *pem.Block
		block, p = pem.Decode(p)
		if block == nil {
			break
		}
		if block.Type != "CERTIFICATE" && block.Type != "TRUSTED CERTIFICATE" {
			continue
		}
		cert, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return nil, &opensslError{
				code: "ERR_OSSL_ASN1_WRONG_TAG", library: "asn1 encoding routines", reason: "wrong tag",
				message: "error:0680007B:asn1 encoding routines::wrong tag",
			}
		}
		certs = append(certs, cert)
	}
	if len(certs) == 0 {
		return nil, errNoStartLine
	}
	return certs, nil
}

// parsePrivateKey reads the first private key block of a PEM input: PKCS#1,
// PKCS#8 or SEC 1, encrypted with passphrase in the legacy PEM way if its
// headers say so.
func parsePrivateKey(p []byte, passphrase string) (crypto.PrivateKey, error) {
	for {
		var block *pem.Block
		block, p = pem.Decode(p)
		if block == nil {
			return nil, errNoStartLine
		}
		switch block.Type {
		case "PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY":
		case "ENCRYPTED PRIVATE KEY":
			// PKCS#8 encryption needs PBES2, which Go's library lacks.
			return nil, errUnsupportedKey
		default:
			continue
		}
		der := block.Bytes
		//lint:ignore SA1019 legacy PEM encryption is what `openssl genrsa -aes256` writes.
		if x509.IsEncryptedPEMBlock(block) { //nolint:staticcheck
			var err error
			//lint:ignore SA1019 see above.
			der, err = x509.DecryptPEMBlock(block, []byte(passphrase)) //nolint:staticcheck
			if err != nil {
				return nil, errBadDecrypt
			}
		}
		if key, err := x509.ParsePKCS8PrivateKey(der); err == nil {
			return key, nil
		}
		if key, err := x509.ParsePKCS1PrivateKey(der); err == nil {
			return key, nil
		}
		if key, err := x509.ParseECPrivateKey(der); err == nil {
			return key, nil
		}
		return nil, errUnsupportedKey
	}
}

// publicKeyMatches reports whether key is the private half of pub.
func publicKeyMatches(pub crypto.PublicKey, key crypto.PrivateKey) bool {
	signer, ok := key.(crypto.Signer)
	if !ok {
		return false
	}
	eq, ok := signer.Public().(interface{ Equal(crypto.PublicKey) bool })
	return ok && eq.Equal(pub)
}

// defaultRoots are the authorities a context without ca trusts: the
// system's, and those in the file NODE_EXTRA_CA_CERTS names, as node adds
// them (a file that cannot be read adds none).
var defaultRoots = sync.OnceValue(func() *x509.CertPool {
	pool, err := x509.SystemCertPool()
	if err != nil {
		pool = x509.NewCertPool()
	}
	if file := os.Getenv("NODE_EXTRA_CA_CERTS"); file != "" {
		if p, err := os.ReadFile(file); err == nil {
			pool.AppendCertsFromPEM(p)
		}
	}
	return pool
})

// trusted returns the authorities c trusts.
func (c *secureContext) trusted() *x509.CertPool {
	if c.roots != nil {
		return c.roots
	}
	return defaultRoots()
}

// systemCertFiles are where Linux distributions keep the bundle of trusted
// authorities (Go's crypto/x509 reads the same files; SSL_CERT_FILE first).
var systemCertFiles = []string{
	"/etc/ssl/certs/ca-certificates.crt",
	"/etc/pki/tls/certs/ca-bundle.crt",
	"/etc/ssl/ca-bundle.pem",
	"/etc/pki/tls/cacert.pem",
	"/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
	"/etc/ssl/cert.pem",
}

// rootCertificates are the system's trusted authorities as PEM texts, each
// without a trailing newline, as node's tls.rootCertificates lists its
// bundled ones.
func rootCertificates() []string {
	files := systemCertFiles
	if f := os.Getenv("SSL_CERT_FILE"); f != "" {
		files = append([]string{f}, files...)
	}
	for _, f := range files {
		p, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		var roots []string
		for {
			var block *pem.Block
			if block, p = pem.Decode(p); block == nil {
				break
			}
			if block.Type == "CERTIFICATE" {
				roots = append(roots, strings.TrimSuffix(string(pem.EncodeToMemory(&pem.Block{Type: block.Type, Bytes: block.Bytes})), "\n"))
			}
		}
		return roots
	}
	return nil
}
