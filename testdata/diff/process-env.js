process.env.GONODE_TEST_NUM = 42;
console.log(typeof process.env.GONODE_TEST_NUM, process.env.GONODE_TEST_NUM);
process.env.GONODE_TEST_BOOL = true;
console.log(process.env.GONODE_TEST_BOOL);
console.log('GONODE_TEST_NUM' in process.env, Object.keys(process.env).includes('GONODE_TEST_NUM'));
delete process.env.GONODE_TEST_NUM;
console.log(process.env.GONODE_TEST_NUM, 'GONODE_TEST_NUM' in process.env);
console.log(process.env.DOES_NOT_EXIST_X);
