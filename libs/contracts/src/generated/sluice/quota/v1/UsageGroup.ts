// Original file: sluice/quota/v1/quota.proto

export const UsageGroup = {
  USAGE_GROUP_UNSPECIFIED: 'USAGE_GROUP_UNSPECIFIED',
  USAGE_GROUP_RESOURCE: 'USAGE_GROUP_RESOURCE',
  USAGE_GROUP_API_KEY: 'USAGE_GROUP_API_KEY',
  USAGE_GROUP_WORKFLOW_TYPE: 'USAGE_GROUP_WORKFLOW_TYPE',
} as const;

export type UsageGroup =
  | 'USAGE_GROUP_UNSPECIFIED'
  | 0
  | 'USAGE_GROUP_RESOURCE'
  | 1
  | 'USAGE_GROUP_API_KEY'
  | 2
  | 'USAGE_GROUP_WORKFLOW_TYPE'
  | 3

export type UsageGroup__Output = typeof UsageGroup[keyof typeof UsageGroup]
