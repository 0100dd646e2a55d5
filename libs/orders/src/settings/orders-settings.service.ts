import { Injectable } from '@nestjs/common';
import { AuditTrail, TransactionHost, Transactional, ValidationFailedError } from '@tradewind/platform';
import { isValidNumberPattern } from '../numbering/numbering.service';
import { DEFAULT_ORDERS_SETTINGS, OrdersSettings, OrdersSettingsValue } from './orders-settings.entity';

/** Letterhead, bank details and numbering patterns (defaults until an admin changes them). */
@Injectable()
export class OrdersSettingsService {
  constructor(
    readonly tx: TransactionHost,
    private readonly audit: AuditTrail,
  ) {}

  async get(): Promise<OrdersSettingsValue> {
    const row = await this.tx.manager.findOneBy(OrdersSettings, { id: 1 });
    if (!row) return DEFAULT_ORDERS_SETTINGS;
    return {
      ...DEFAULT_ORDERS_SETTINGS,
      ...row.value,
      company: { ...DEFAULT_ORDERS_SETTINGS.company, ...row.value.company },
      bank: { ...DEFAULT_ORDERS_SETTINGS.bank, ...row.value.bank },
      numbering: { ...DEFAULT_ORDERS_SETTINGS.numbering, ...row.value.numbering },
      fxRates: { ...DEFAULT_ORDERS_SETTINGS.fxRates, ...row.value.fxRates },
    };
  }

  @Transactional()
  async update(patch: Partial<OrdersSettingsValue>): Promise<OrdersSettingsValue> {
    for (const [kind, pattern] of Object.entries(patch.numbering ?? {})) {
      if (!isValidNumberPattern(pattern)) throw ValidationFailedError.field(`input.numbering.${kind}`, 'must contain {SEQ} or {SEQ:n}, e.g. PI-{YYYY}-{SEQ:4}');
    }
    const before = await this.get();
    const value: OrdersSettingsValue = {
      ...before,
      ...patch,
      company: { ...before.company, ...patch.company },
      bank: { ...before.bank, ...patch.bank },
      numbering: { ...before.numbering, ...patch.numbering },
    };
    await this.tx.manager.upsert(OrdersSettings, { id: 1, value, updatedAt: new Date() }, ['id']);
    await this.audit.record({ entityType: 'orders_settings', entityId: '00000000-0000-0000-0000-000000000002', action: 'updated', changes: { settings: { from: before, to: value } } });
    return value;
  }
}
