/**
 * This package's version, sent in the User-Agent (`twenty-sdk/<version>`) so a Twenty operator can tell SDK traffic
 * apart. A test keeps it equal to package.json's.
 */
export const SDK_VERSION = '0.0.0'
