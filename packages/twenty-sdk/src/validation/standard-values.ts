// Values of a standard workspace's select fields. Kept apart from the zod schemas so that reading them (the
// Zapier and Make apps build their dropdowns from them) does not load zod.

/** Opportunity stages of a standard workspace (Twenty has no WON or LOST: "won" is CUSTOMER). */
export const OPPORTUNITY_STAGES = ['NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER'] as const
/** Task statuses of a standard workspace. */
export const TASK_STATUSES = ['TODO', 'IN_PROGRESS', 'DONE'] as const
