package childprocess

// ReceiveVerdict exposes receiveVerdict to the external fuzz test, which
// also links the real net and dgram codecs (they import this package).
var ReceiveVerdict = receiveVerdict
