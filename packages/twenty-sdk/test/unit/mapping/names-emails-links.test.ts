import { describe, expect, it } from 'vitest'
import { toEmails } from '../../../src/mapping/emails.js'
import { type FullNameOptions, type NameParts, toFullName } from '../../../src/mapping/full-name.js'
import { toLinks } from '../../../src/mapping/links.js'
import { TwentyMappingError } from '../../../src/mapping/mapping-error.js'

function mappingErrorOf(run: () => unknown): TwentyMappingError {
  try {
    run()
  } catch (error) {
    if (error instanceof TwentyMappingError) return error
    throw error
  }
  throw new Error('expected a TwentyMappingError')
}

describe('names to Twenty FULL_NAME', () => {
  const cases: [string, string | NameParts, FullNameOptions, string, string][] = [
    [
      'a Vietnamese name, family name first',
      'Nguyen Van Linh',
      { nameOrder: 'familyFirst' },
      'Van Linh',
      'Nguyen',
    ],
    ['a Vietnamese name read in the default given-first order', 'Nguyen Van Linh', {}, 'Nguyen Van', 'Linh'],
    ['a Western name with a middle name', 'Mary Jane Smith', {}, 'Mary Jane', 'Smith'],
    ['a name with stray whitespace', '  Linh \t Nguyen ', {}, 'Linh', 'Nguyen'],
    ['a single word', 'Cher', {}, 'Cher', ''],
    ['separate parts', { first: ' Linh ', last: 'Nguyen' }, {}, 'Linh', 'Nguyen'],
    ['separate parts with a missing last name', { first: 'Linh', last: null }, {}, 'Linh', ''],
  ]

  it.each(cases)('splits %s', (_, input, options, firstName, lastName) => {
    expect(toFullName(input, options)).toEqual({ firstName, lastName })
  })

  it.each([
    ['an empty string', '  '],
    ['empty parts', { first: '', last: ' ' }],
    ['a number', 42],
  ])('refuses %s with a TwentyMappingError', (_, input) => {
    expect(mappingErrorOf(() => toFullName(input as string))).toMatchObject({ field: 'name', value: input })
  })
})

describe('addresses to Twenty EMAILS', () => {
  it('trims and lower-cases the primary address so deduplication by email matches', () => {
    expect(toEmails('  Linh.Nguyen@Example.COM ')).toEqual({ primaryEmail: 'linh.nguyen@example.com' })
  })

  it('splits, lower-cases and deduplicates additional addresses and drops the primary from them', () => {
    expect(
      toEmails('linh@example.com', 'Sales@example.com; linh@EXAMPLE.com, sales@example.com  ops@example.com'),
    ).toEqual({
      primaryEmail: 'linh@example.com',
      additionalEmails: ['sales@example.com', 'ops@example.com'],
    })
    expect(toEmails('linh@example.com', [' A@b.co '])).toEqual({
      primaryEmail: 'linh@example.com',
      additionalEmails: ['a@b.co'],
    })
  })

  it('keeps an explicitly empty additional list, which clears it on update', () => {
    expect(toEmails('linh@example.com', [])).toEqual({
      primaryEmail: 'linh@example.com',
      additionalEmails: [],
    })
  })

  it('refuses an invalid primary address', () => {
    const error = mappingErrorOf(() => toEmails('linh(at)example.com'))
    expect(error).toMatchObject({ field: 'emails', value: 'linh(at)example.com' })
    expect(error.message).toContain('"linh(at)example.com"')
  })

  it('accepts international addresses, as Twenty does, and refuses a domain without a dot', () => {
    expect(toEmails('Nguyễn.An@Ví-Dụ.vn', 'info@bücher.de')).toEqual({
      primaryEmail: 'nguyễn.an@ví-dụ.vn',
      additionalEmails: ['info@bücher.de'],
    })
    expect(mappingErrorOf(() => toEmails('linh@gmail')).message).toContain('"linh@gmail"')
  })

  it('names every invalid address in one error, additional ones included', () => {
    const error = mappingErrorOf(() => toEmails('', 'ok@example.com, nope, also@bad'))
    expect(error.message).toBe('not a valid email address: an empty address, "nope", "also@bad"')
    expect(error.value).toEqual({ primary: '', additional: 'ok@example.com, nope, also@bad' })
  })
})

describe('web addresses to Twenty LINKS', () => {
  it.each([
    ['example.com', 'https://example.com'],
    ['www.example.com/about', 'https://www.example.com/about'],
    ['//cdn.example.com/x', 'https://cdn.example.com/x'],
    ['  http://example.com  ', 'http://example.com'],
    ['https://linkedin.com/in/linh-nguyen', 'https://linkedin.com/in/linh-nguyen'],
    ['localhost:3000/app', 'https://localhost:3000/app'],
    ['Acme.com\\Careers', 'https://acme.com\\Careers'],
  ])('turns %s into %s', (input, url) => {
    expect(toLinks(input)).toEqual({ primaryLinkUrl: url })
  })

  it('adds the label and secondary links only when given', () => {
    expect(toLinks('linkedin.com/in/linh', { label: 'LinkedIn', secondaryLinks: ['x.com/linh'] })).toEqual({
      primaryLinkUrl: 'https://linkedin.com/in/linh',
      primaryLinkLabel: 'LinkedIn',
      secondaryLinks: [{ url: 'https://x.com/linh', label: '' }],
    })
  })

  it.each([
    ['an empty string', '', /empty/],
    ['text with spaces', 'not a url', /contains spaces/],
    ['a word without a domain', 'intranet', /no domain name/],
    ['an ftp link', 'ftp://files.example.com', /only http and https/],
    ['a javascript: link', 'javascript:alert(1)', /only http and https/],
    ['a mailto: address', 'mailto:linh@example.com', /only http and https/],
    ['a tel: number', 'tel:+84912345678', /only http and https/],
    ['a link with credentials', 'https://user:secret@example.com', /user name or password/],
  ])('refuses %s with a TwentyMappingError', (_, input, reason) => {
    const error = mappingErrorOf(() => toLinks(input, { field: 'domainName' }))
    expect(error.message).toMatch(reason)
    expect(error).toMatchObject({ field: 'domainName', value: input })
  })

  it('keeps a password found in a link out of the error message', () => {
    const error = mappingErrorOf(() => toLinks('https://admin:hunter2@example.com'))
    expect(error.message).toBe('The link is not a web address: it contains a user name or password')
    expect(String(error)).not.toContain('hunter2')
  })
})
