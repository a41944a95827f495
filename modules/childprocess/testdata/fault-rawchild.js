'use strict';
// A child driven by a raw Go peer on its IPC channel (NODE_CHANNEL_FD).
// It prints each event on stdout: "message <json>" (and answers
// "got <json>" on the channel), "disconnect". Stdin keeps it alive after
// the disconnect until the test ends it, so that the test can check which
// descriptors it still holds.
process.on('message', (m, handle) => {
  console.log(`message ${JSON.stringify(m)}${handle ? ' with handle' : ''}`);
  process.send(`got ${JSON.stringify(m)}`);
});
process.on('disconnect', () => console.log('disconnect'));
process.stdin.resume();
process.stdin.on('end', () => process.stdin.pause());
console.log('ready');
