// The public API of `twenty-sdk/mapping`: helpers that turn source data (forms, shops, spreadsheets) into
// Twenty's composite field values. A separate entry because phone parsing carries libphonenumber-js's
// metadata: a client that never maps phones should not load it (see docs/benchmarks.md, cold import).

export { toCurrencyCode } from './currency-code.js'
export type { RoundingMode } from './decimal.js'
export type { EmailsValue } from './emails.js'
export { toEmails } from './emails.js'
export type { FieldMap, FieldMapError, FieldMapResult, FieldMapSpec, FieldRule } from './field-map.js'
export { applyFieldMap, defineFieldMap } from './field-map.js'
export type { FullNameOptions, FullNameValue, NameParts } from './full-name.js'
export { toFullName } from './full-name.js'
export type { Disambiguation, IsoDateOptions } from './iso-date.js'
export { toIsoDate } from './iso-date.js'
export type { LinkItemValue, LinksOptions, LinksValue } from './links.js'
export { toLinks } from './links.js'
export type { TwentyMappingErrorOptions } from './mapping-error.js'
export { isTwentyMappingError, TwentyMappingError } from './mapping-error.js'
export type { MoneyOptions, MoneyValue } from './money.js'
export { fromMicros, toMoney } from './money.js'
export type {
  AdditionalPhoneValue,
  CountryCode,
  PhoneOptions,
  PhonesOptions,
  PhonesValue,
} from './phones.js'
export { isCountryCode, toE164, toPhones } from './phones.js'
