// Deliberately empty: cold-import.mjs imports it in a fresh process to measure the floor of any first import
// (starting node's ES module loader), against which `twenty-sdk/webhooks` is read.
export {}
