// A timer made after a long synchronous stretch waits its whole delay from
// when it was made (node refreshes the loop's clock when it makes one), in
// the main module and inside a callback.
let t0 = Date.now();
while (Date.now() - t0 < 150);
let made = Date.now();
setTimeout(() => {
  console.log('main-module timer waited its delay:', Date.now() - made >= 99);
  t0 = Date.now();
  while (Date.now() - t0 < 150);
  made = Date.now();
  setTimeout(() => console.log('timer made in a callback waited its delay:', Date.now() - made >= 49), 50);
}, 100);
