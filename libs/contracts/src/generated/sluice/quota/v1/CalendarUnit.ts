// Original file: sluice/quota/v1/quota.proto

export const CalendarUnit = {
  CALENDAR_UNIT_UNSPECIFIED: 'CALENDAR_UNIT_UNSPECIFIED',
  CALENDAR_UNIT_MINUTE: 'CALENDAR_UNIT_MINUTE',
  CALENDAR_UNIT_HOUR: 'CALENDAR_UNIT_HOUR',
  CALENDAR_UNIT_DAY: 'CALENDAR_UNIT_DAY',
  CALENDAR_UNIT_MONTH: 'CALENDAR_UNIT_MONTH',
} as const;

export type CalendarUnit =
  | 'CALENDAR_UNIT_UNSPECIFIED'
  | 0
  | 'CALENDAR_UNIT_MINUTE'
  | 1
  | 'CALENDAR_UNIT_HOUR'
  | 2
  | 'CALENDAR_UNIT_DAY'
  | 3
  | 'CALENDAR_UNIT_MONTH'
  | 4

export type CalendarUnit__Output = typeof CalendarUnit[keyof typeof CalendarUnit]
