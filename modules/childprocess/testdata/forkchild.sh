# A tiny forked child for forks.js: sends one message on the IPC channel
# (NODE_CHANNEL_FD, json framing) and exits.
printf '"hi"\n' >&"$NODE_CHANNEL_FD"
