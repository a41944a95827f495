const i = setImmediate(() => console.log('never'));
i.unref();
console.log(i.hasRef());
