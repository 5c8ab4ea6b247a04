// The people the sandbox run starts with: some consented, one withdrew, one never opted in, one has no email.
import type { PersonInput } from 'twenty-sdk'

export const SAMPLE_PEOPLE: PersonInput[] = [
  {
    name: { firstName: 'Lan', lastName: 'Nguyễn Thị' },
    emails: { primaryEmail: 'lan.nguyen@example.com' },
    phones: {
      primaryPhoneNumber: '903123456',
      primaryPhoneCountryCode: 'VN',
      primaryPhoneCallingCode: '+84',
    },
    city: 'Hồ Chí Minh',
  },
  {
    name: { firstName: 'Emily', lastName: 'Carter' },
    emails: { primaryEmail: 'emily.carter@example.com' },
    phones: {
      primaryPhoneNumber: '4155550132',
      primaryPhoneCountryCode: 'US',
      primaryPhoneCallingCode: '+1',
    },
    city: 'San Francisco',
  },
  {
    name: { firstName: 'Minh', lastName: 'Trần Văn' },
    emails: { primaryEmail: 'minh.tran@example.com' },
    city: 'Hà Nội',
  },
  {
    name: { firstName: 'Michael', lastName: 'Johnson' },
    emails: { primaryEmail: 'michael.johnson@example.com' },
  },
  {
    name: { firstName: 'Hoa', lastName: 'Phạm' },
    emails: { primaryEmail: 'hoa.pham@example.com' },
    city: 'Đà Nẵng',
  },
  {
    name: { firstName: 'Bảo', lastName: 'Lê' },
    phones: {
      primaryPhoneNumber: '987654321',
      primaryPhoneCountryCode: 'VN',
      primaryPhoneCallingCode: '+84',
    },
  },
]
