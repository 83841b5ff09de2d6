// The Restricted Mode pass of the integration tier (scripts/run-integration.mjs): the same mocha runner, loading
// the tests beside this file's compiled copy.
export { run } from '../index';
