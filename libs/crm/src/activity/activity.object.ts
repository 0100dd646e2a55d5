import { registerEnumType } from '@nestjs/graphql';
import { ACTIVITY_TYPES } from './activity.entity';

export enum ActivityTypeEnum {
  email = 'email',
  call = 'call',
  meeting = 'meeting',
  note = 'note',
  whatsapp = 'whatsapp',
  wechat = 'wechat',
  status_change = 'status_change',
  follow_up = 'follow_up',
  owner_change = 'owner_change',
  order = 'order',
}
registerEnumType(ActivityTypeEnum, { name: 'ActivityType' });
void ACTIVITY_TYPES;
