import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditTrail, FieldProblems, Team, TransactionHost, Transactional, User } from '@tradewind/platform';
import { decimal, parseCountry, parseCurrencyCode } from '@tradewind/shared';
import { CrmSettings, CrmSettingsValue, DEFAULT_CRM_SETTINGS } from './crm-settings.entity';

/** Applying the rules runs a locking query per rule. */
export const MAX_ASSIGNMENT_RULES = 100;

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
  async update(input: Partial<CrmSettingsValue>): Promise<CrmSettingsValue> {
    const before = await this.get();
    const patch = await this.checked(input, before);
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

  /** The patch with currency and countries in their codes, or every problem with it at once (field paths under input). */
  private async checked(input: Partial<CrmSettingsValue>, before: CrmSettingsValue): Promise<Partial<CrmSettingsValue>> {
    const problems = new FieldProblems();
    const patch = { ...input };
    if (input.reportingCurrency !== undefined) {
      const currency = parseCurrencyCode(input.reportingCurrency);
      if (!currency) problems.add('input.reportingCurrency', `"${input.reportingCurrency}" is not an ISO 4217 currency code`, `"${input.reportingCurrency}"不是 ISO 4217 币种代码（如 USD、EUR）`);
      else if (currency !== before.reportingCurrency && !input.grading) {
        problems.add('input.grading', `the revenue thresholds are amounts in ${before.reportingCurrency}: give them in ${currency} with the new reporting currency`, `营收门槛以 ${before.reportingCurrency} 计：更换报告币种时请一并填写以 ${currency} 计的门槛`);
      } else patch.reportingCurrency = currency;
    }
    const grading = input.grading;
    if (grading) {
      if (decimal(grading.keyRevenue12m).greaterThan(decimal(grading.vipRevenue12m))) problems.add('input.grading.keyRevenue12m', 'must not be more than vipRevenue12m', '重点客户营收门槛不能高于 VIP 门槛');
      if (grading.keyOrders12m > grading.vipOrders12m) problems.add('input.grading.keyOrders12m', 'must not be more than vipOrders12m', '重点客户订单数门槛不能高于 VIP 门槛');
      if (grading.lostMonths <= grading.dormantMonths) problems.add('input.grading.lostMonths', 'must be more than dormantMonths', '流失月数须大于沉睡月数');
    }
    if (input.pool && input.pool.warningDays >= input.pool.idleDays) problems.add('input.pool.warningDays', 'must be fewer than idleDays', '提醒天数须少于回收天数');
    if (input.assignmentRules) patch.assignmentRules = await this.checkedRules(input.assignmentRules, problems);
    problems.throwIfAny();
    return patch;
  }

  private async checkedRules(rules: CrmSettingsValue['assignmentRules'], problems: FieldProblems): Promise<CrmSettingsValue['assignmentRules']> {
    const teamIds = rules.flatMap((r) => (r.teamId ? [r.teamId] : []));
    const userIds = rules.flatMap((r) => (r.userId ? [r.userId] : []));
    const teams = new Set((teamIds.length ? await this.tx.manager.findBy(Team, { id: In(teamIds) }) : []).map((t) => t.id));
    const users = new Set((userIds.length ? await this.tx.manager.findBy(User, { id: In(userIds), active: true }) : []).map((u) => u.id));
    return rules.map((rule, i) => {
      const path = `input.assignmentRules.${i}`;
      if (!rule.teamId && !rule.userId) problems.add(path, 'give a teamId or a userId', '请指定团队或用户');
      if (rule.teamId && !teams.has(rule.teamId)) problems.add(`${path}.teamId`, `team ${rule.teamId} does not exist`, `团队 ${rule.teamId} 不存在`);
      if (rule.userId && !users.has(rule.userId)) problems.add(`${path}.userId`, `${rule.userId} is not an active user`, `${rule.userId} 不是在职用户`);
      if (!rule.country) return rule;
      const country = parseCountry(rule.country);
      if (!country) problems.add(`${path}.country`, `"${rule.country}" is not a country`, `无法识别国家/地区"${rule.country}"`);
      return { ...rule, country: country ?? rule.country };
    });
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
