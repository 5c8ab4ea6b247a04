// Values of a standard workspace's select fields. Kept apart from the zod schemas so that reading them (the
// Zapier and Make apps build their dropdowns from them) does not load zod.

/**
 * Opportunity stages of a standard workspace, in pipeline order (Twenty has no WON or LOST: "won" is CUSTOMER). A
 * workspace may add its own: read them with {@link WorkspaceResource.selectOptions} for a dropdown.
 */
export const OPPORTUNITY_STAGES = ['NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER'] as const
/**
 * Task statuses of a standard workspace, in board order; a workspace may add its own (see {@link
 * WorkspaceResource.selectOptions}).
 */
export const TASK_STATUSES = ['TODO', 'IN_PROGRESS', 'DONE'] as const
