import { Injectable } from '@nestjs/common';
import { AuditTrail, TransactionHost, Transactional } from '@tradewind/platform';
import { CrmSettings, CrmSettingsValue, DEFAULT_CRM_SETTINGS } from './crm-settings.entity';

/** Company-wide CRM settings (grading thresholds, follow-up policies, pool rules), defaults until changed. */
@Injectable()
export class CrmSettingsService {
  constructor(
    readonly tx: TransactionHost,
    private readonly audit: AuditTrail,
  ) {}

  async get(): Promise<CrmSettingsValue> {
    // A plain row (readEntities): the value is copied into a new object below, never saved as read.
    const [row] = await this.tx.readEntities(CrmSettings, 's', 'WHERE s.id = 1', []);
    return row ? mergeDefaults(row.value) : DEFAULT_CRM_SETTINGS;
  }

  @Transactional()
  async update(patch: Partial<CrmSettingsValue>): Promise<CrmSettingsValue> {
    const before = await this.get();
    const value = mergeDefaults({ ...before, ...patch });
    await this.tx.manager.upsert(CrmSettings, { id: 1, value, updatedAt: new Date() }, ['id']);
    await this.audit.record({
      entityType: 'crm_settings',
      entityId: '00000000-0000-0000-0000-000000000001',
      action: 'updated',
      changes: Object.fromEntries(Object.keys(patch).map((k) => [k, { from: before[k as keyof CrmSettingsValue], to: value[k as keyof CrmSettingsValue] }])),
    });
    return value;
  }
}

function mergeDefaults(value: Partial<CrmSettingsValue>): CrmSettingsValue {
  return {
    ...DEFAULT_CRM_SETTINGS,
    ...value,
    grading: { ...DEFAULT_CRM_SETTINGS.grading, ...value.grading },
    followUpDays: { ...DEFAULT_CRM_SETTINGS.followUpDays, ...value.followUpDays },
    pool: { ...DEFAULT_CRM_SETTINGS.pool, ...value.pool },
    assignmentRules: value.assignmentRules ?? [],
  };
}
