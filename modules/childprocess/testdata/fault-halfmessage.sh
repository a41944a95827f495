# The child of fault-halfmessage.js: one message, half of another, then
# nothing until stdin ends.
printf '{"a":1}\n{"half":"xxxx' >&"$NODE_CHANNEL_FD"
cat >/dev/null
