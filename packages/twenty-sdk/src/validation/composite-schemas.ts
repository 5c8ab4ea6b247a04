import { z } from 'zod'
import { emailSchema } from './email-schema.js'
import { TWENTY_UUID, TWENTY_UUID_MESSAGE } from './twenty-uuid.js'

// Composite field shapes from Twenty's twenty-shared composite types. Sub-fields are optional on input: Twenty
// fills the missing ones with its defaults. Unknown sub-fields are refused, because Twenty refuses them too. A text
// sub-field may be null, which its validators take (validateTextFieldOrThrow in data-arg-processor/validator-utils).

const subText = z.string().nullable().optional()

export const fullNameSchema = z.strictObject({
  firstName: subText,
  lastName: subText,
})

export const emailsSchema = z.strictObject({
  primaryEmail: z
    .union([emailSchema, z.literal('')])
    .nullable()
    .optional(),
  additionalEmails: z.array(emailSchema).nullable().optional(),
})

/**
 * A phone's country: Twenty refuses any code libphonenumber-js does not list (twenty-shared `isValidCountryCode`), and
 * every listed one is two capitals. Checked here so that `vn`, `Vietnam` or `+84` fails before anything is sent,
 * rather than as a 400 that leaves the earlier batches of a `createMany` written. Empty means no country.
 */
const countryCode = z.union([z.literal(''), z.string().regex(/^[A-Z]{2}$/)], {
  error: 'Expected an ISO 3166-1 alpha-2 country code in capitals, such as VN',
})

export const phonesSchema = z.strictObject({
  primaryPhoneNumber: subText,
  primaryPhoneCountryCode: countryCode.nullable().optional(),
  primaryPhoneCallingCode: z
    .string()
    .regex(/^(\+\d{1,4})?$/, 'Expected a calling code such as +84')
    .nullable()
    .optional(),
  additionalPhones: z
    .array(z.strictObject({ number: z.string(), countryCode, callingCode: z.string() }))
    .nullable()
    .optional(),
})

const urlOrEmpty = z.union([
  z.literal(''),
  z.string().regex(/^(https?:\/\/)?[^\s/$.?#][^\s]*$/i, 'Expected a URL'),
])

export const linksSchema = z.strictObject({
  primaryLinkUrl: urlOrEmpty.nullable().optional(),
  primaryLinkLabel: subText,
  secondaryLinks: z
    .array(z.strictObject({ url: urlOrEmpty, label: z.string() }))
    .nullable()
    .optional(),
})

export const currencySchema = z.strictObject({
  amountMicros: z
    .number()
    .int('Expected an integer number of micros (amount × 1,000,000)')
    .refine(Number.isSafeInteger, 'Exceeds the largest safe integer')
    .nullable()
    .optional(),
  // '' is what Twenty stores for an amount never set, so a record read back must be accepted as it came.
  currencyCode: z
    .union([z.string().regex(/^[A-Z]{3}$/), z.literal('')], {
      error: 'Expected an ISO 4217 code such as USD',
    })
    .nullable()
    .optional(),
})

export const addressSchema = z.strictObject({
  addressStreet1: subText,
  addressStreet2: subText,
  addressCity: subText,
  addressState: subText,
  addressPostcode: subText,
  addressCountry: subText,
  addressLat: z.number().nullable().optional(),
  addressLng: z.number().nullable().optional(),
})

export const richTextSchema = z.strictObject({
  blocknote: z.string().nullable().optional(),
  markdown: z.string().nullable().optional(),
})

/** A record id or foreign key as Twenty accepts it ({@link TWENTY_UUID}), not as `z.uuid()` does. */
export const uuidSchema = z
  .string({ error: TWENTY_UUID_MESSAGE })
  .regex(TWENTY_UUID, { error: TWENTY_UUID_MESSAGE })
/**
 * ISO 8601 date or date-time; a `Date` is accepted and sent as ISO 8601 UTC. A date-time without an offset is sent
 * as given, and Twenty reads it as UTC (twenty-shared's parseToInstantOrThrow).
 */
export const dateTimeSchema = z.union(
  [
    z.iso.datetime({ offset: true, local: true }),
    z.iso.date(),
    z.date().transform((date) => date.toISOString()),
  ],
  { error: 'Expected an ISO 8601 date or date-time' },
)
