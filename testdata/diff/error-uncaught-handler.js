process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
});
setTimeout(() => { throw new Error('in timer'); }, 1);
setTimeout(() => console.log('still running'), 10);
