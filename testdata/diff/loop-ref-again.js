const t = setTimeout(() => console.log('fired'), 10);
t.unref();
t.ref();
console.log(t.hasRef());
