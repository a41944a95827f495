process.on('unhandledRejection', (reason, p) => {
  console.log('unhandled', reason.message, p instanceof Promise);
});
Promise.reject(new Error('r1'));
const handled = Promise.reject(new Error('r2'));
handled.catch((e) => console.log('caught', e.message));
