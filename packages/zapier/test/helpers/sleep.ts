/** Spaces out writes so `createdAt`/`updatedAt` differ and newest-first order is well defined. */
export const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms))
