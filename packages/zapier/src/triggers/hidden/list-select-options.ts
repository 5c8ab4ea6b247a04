import { dropdownTrigger, pageOf } from './dropdown-trigger.js'

/** `IN_PROGRESS` → `In progress`: Twenty's option values read as words. */
export function readable(value: string): string {
  const words = value.toLowerCase().replaceAll('_', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * A dropdown of a select field's options in the connected workspace, the standard ones and those the workspace
 * added, in Twenty's order. One page holds them all, so later pages are empty.
 */
function selectOptionsTrigger(key: string, noun: string, object: string, field: string) {
  return dropdownTrigger(key, noun, async (twenty, bundle) => {
    if (pageOf(bundle.meta) > 0) return []
    const values = await twenty.workspace.selectOptions(object, field)
    return values.map((value) => ({ id: value, label: readable(value) }))
  })
}

/** The workspace's opportunity stages, for the stage and won-stage dropdowns. */
export const listOpportunityStages = selectOptionsTrigger(
  'list_opportunity_stages',
  'Opportunity Stages',
  'opportunity',
  'stage',
)

/** The workspace's task statuses, for the status dropdown. */
export const listTaskStatuses = selectOptionsTrigger('list_task_statuses', 'Task Statuses', 'task', 'status')
