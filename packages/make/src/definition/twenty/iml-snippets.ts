import type { Communication, ErrorSpec, PaginationSpec } from '../../format/types.js'
import { AMOUNT_IN_UNITS } from './composite-fields.js'

// IML fragments every component shares, kept in one place so the generated files stay consistent.

/** Twenty Cloud; self-hosted workspaces set their own URL on the connection. */
export const CLOUD_URL = 'https://api.twenty.com'

/**
 * The workspace's root URL without a trailing slash or a trailing `/rest` (the REST base Twenty's docs and
 * settings show, often pasted as the address), from the connection (`connection`) or, while the connection is
 * being verified, from its own parameters (`parameters`).
 */
export function rootUrl(from: 'connection' | 'parameters'): string {
  return `{{replace(ifempty(${from}.baseUrl, '${CLOUD_URL}'), '/([/]+rest)?[/]*$/', '')}}`
}

/**
 * Twenty's error text: `messages[]` from its REST errors, tolerating a singular `message`; `fallback` is an IML
 * expression used when neither is present (GraphQL answers carry `errors[]` instead). A body with none of them,
 * such as a proxy's HTML page for a 502, still gets a sentence instead of an empty message.
 */
export function twentyMessage(fallback = 'body.error'): string {
  return `{{ifempty(join(body.messages, '; '), ifempty(body.message, ifempty(${fallback}, '${NO_MESSAGE}')))}}`
}

/** The error text when an answer carries no message (a proxy's HTML error page, an empty body). */
export const NO_MESSAGE = 'The answer carried no error message (it may come from a proxy in front of Twenty)'

/**
 * Make error types per Twenty status. 401 and 403 stop the scenario (the key is wrong or lacks permission);
 * 429 and 5xx are retryable; Twenty reports validation failures and duplicate ids as 400.
 */
export function twentyErrors(message: string): ErrorSpec {
  const withType = (type: NonNullable<ErrorSpec['type']>) => ({
    type,
    message: `[{{statusCode}}] ${message}`,
  })
  return {
    message: `[{{statusCode}}] ${message}`,
    type: 'RuntimeError',
    '400': withType('DataError'),
    '401': withType('InvalidAccessTokenError'),
    '403': withType('InvalidConfigurationError'),
    '404': withType('DataError'),
    '409': withType('DuplicateDataError'),
    '429': withType('RateLimitError'),
    '500': withType('ConnectionError'),
    '502': withType('ConnectionError'),
    '503': withType('ConnectionError'),
    '504': withType('ConnectionError'),
  }
}

/**
 * The errors of a create's POST where a retry could create the record twice. A 500, 502 or 504 may come after
 * Twenty saved the record (a proxy timing out, a crash after the commit), and Make retries a ConnectionError on
 * its own, so these stop the bundle as a RuntimeError that says to check Twenty first. 429 and 503 mean Twenty
 * did not take the request: they stay retryable. (The Zapier app stops the same way, with UNCONFIRMED_WRITE.)
 */
export function unconfirmedCreateErrors(record: string): ErrorSpec {
  const message = `[{{statusCode}}] Twenty may have created the ${record} before this error, so Make does not retry it on its own: check Twenty before running this bundle again. ${twentyMessage()}`
  return Object.fromEntries(
    ['500', '502', '504'].map((status) => [status, { type: 'RuntimeError', message }]),
  ) as ErrorSpec
}

/**
 * The errors of a request made after a create succeeded (linking a task or note, reading it back). Every message
 * says the record exists, so a user who fixes a mapped ID does not run the bundle again into a second record. A
 * retry of the module would send the create again, so 429 and 5xx are not retryable here; other statuses keep the
 * base's types (a link to a missing record stays a DataError).
 */
export function afterCreateErrors(record: string): ErrorSpec {
  const message = `[{{statusCode}}] The ${record} was created, but linking it or reading it back failed, so Make does not retry it on its own (that would create the ${record} again): complete it in Twenty. ${twentyMessage()}`
  const base = twentyErrors(twentyMessage())
  const retryable = ['429', '500', '502', '503', '504']
  const statuses = Object.keys(base).filter((key) => /^\d+$/.test(key)) as `${number}`[]
  return {
    message,
    ...Object.fromEntries(
      statuses.map((status) => [
        status,
        { type: retryable.includes(status) ? 'RuntimeError' : base[status]?.type, message },
      ]),
    ),
  } as ErrorSpec
}

/** Twenty's cursor pagination: ask for the next page after `endCursor` while `hasNextPage` holds. */
export const CURSOR_PAGINATION: PaginationSpec = {
  qs: { starting_after: '{{body.pageInfo.endCursor}}' },
  condition: '{{body.pageInfo.hasNextPage}}',
}

/** Twenty's largest page in current versions; it silently caps larger values, and pagination follows. */
export const PAGE_SIZE = 60

/**
 * A request `condition` for an update: whether any field besides the record's id was mapped. Make omits empty
 * fields from `parameters`, so an update with nothing mapped would change nothing; the erase keyword is a change.
 */
export function anyFieldBut(idParameter: string): string {
  return `{{length(keys(omit(parameters, '${idParameter}'))) > 0}}`
}

/** `field[DescNullsLast]`: Twenty's REST `order_by` syntax. */
export function orderBy(field: string, direction: 'AscNullsLast' | 'DescNullsLast'): string {
  return `${field}[${direction}]`
}

/**
 * A CURRENCY amount in units (2500.5) from its micros, `null` without one: the same derived field the Zapier
 * app outputs (`amountValue`, `annualRecurringRevenueAmount`), so both apps offer the same fields to map.
 */
export function amountInUnits(currency: string): string {
  const micros = `${currency}.amountMicros`
  return `{{if(${micros}, ${micros} / 1000000, if(${micros} = 0, 0, null))}}`
}

/**
 * A request body whose CURRENCY input `field` was typed in units (2500.50) and goes to Twenty in micros
 * (2500500000): `body` is the IML expression of the body as it would be sent unconverted (`parameters`, or
 * `omit(parameters, 'opportunityId')`).
 *
 * IML has no object literals, so the converted body is a JSON template, built in the request's `temp` (which Make
 * evaluates before everything else) and sent only when the user mapped the field; otherwise the body is sent as
 * is, so an unmapped amount is never sent, not even as `{}`. The amount is rounded to a whole number of micros
 * (a computed 33.333333333333336 stays valid); `ifempty` keeps `round` away from an empty value even if Make
 * evaluated both branches of `if`; an empty amount is left out, and the erase keyword (null) is sent as null.
 */
export function withAmountInMicros(body: string, field: string): Pick<Communication, 'temp' | 'body'> {
  const units = `parameters.${field}.${AMOUNT_IN_UNITS}`
  return {
    temp: {
      withMicros: {
        '{{...}}': `{{omit(${body}, '${field}')}}`,
        [field]: {
          amountMicros: `{{if(${units}, round(ifempty(${units}, 0) * 1000000), ${units})}}`,
          currencyCode: `{{parameters.${field}.currencyCode}}`,
        },
      },
    },
    body: `{{if(parameters.${field}, temp.withMicros, ${body})}}`,
  }
}

/**
 * A FULL_NAME (`path` = `item.name`) as one text, "Linh Nguyen" or "Linh", empty when both parts are: a mixed text
 * such as `{{first}} {{last}}` would leave stray spaces, and IML has no concatenation.
 */
export function fullName(path: string): string {
  return `trim(join(add(emptyarray, ${path}.firstName, ${path}.lastName), ' '))`
}

/**
 * A label telling records apart in a dropdown or in "Choose where to start": `name` then `detail` between `open`
 * and `close` ("Linh Nguyen <linh@example.com>"), the one of them there is alone, or `untitled` (as Twenty's own
 * app shows a nameless record) rather than a blank option. `name` and `detail` are IML expressions.
 */
export function recordLabel(
  name: string,
  detail: string,
  open: string,
  close: string,
  untitled: string,
): string {
  const both = `${name} && ${detail}`
  return (
    `{{ifempty(${name}, ifempty(${detail}, '${untitled}'))}}{{if(${both}, '${open}', '')}}` +
    `{{if(${both}, ${detail}, '')}}{{if(${both}, '${close}', '')}}`
  )
}

/**
 * A select option's label read from its API value, as Twenty's own labels read (IN_PROGRESS → In progress): the
 * OpenAPI document lists values only, and a user picks from words, not constants.
 */
export function optionLabel(value: string): string {
  return `capitalize(lower(replace(${value}, '/_/g', ' ')))`
}
