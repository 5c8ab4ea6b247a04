import { fileURLToPath } from 'node:url'

/** The committed local-clone tree of the Twenty app. */
export const APP_DIR = fileURLToPath(new URL('../../app', import.meta.url))
