// Original file: sluice/monitoring/v1/monitoring.proto

import type { Long } from '@grpc/proto-loader';

export interface CountByName {
  'name'?: (string);
  'count'?: (number | string | Long);
}

export interface CountByName__Output {
  'name': (string);
  'count': (string);
}
