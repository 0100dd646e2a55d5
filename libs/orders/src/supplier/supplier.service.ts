import { Injectable } from '@nestjs/common';
import { AuditTrail, ConflictError, offsetPage, Page, TransactionHost, Transactional } from '@tradewind/platform';
import { Supplier } from './supplier.entity';

/** Factories and trading companies the exporter buys from. */
@Injectable()
export class SupplierService {
  constructor(
    readonly tx: TransactionHost,
    private readonly audit: AuditTrail,
  ) {}

  @Transactional()
  async create(data: { name: string; contactName?: string; phone?: string; email?: string; address?: string }): Promise<Supplier> {
    const name = data.name.trim();
    if (await this.tx.manager.existsBy(Supplier, { name })) throw new ConflictError(`supplier "${name}" already exists`, 'ORDERS_SUPPLIER_TAKEN');
    const supplier = await this.tx.manager.save(this.tx.manager.create(Supplier, { name, contactName: data.contactName ?? null, phone: data.phone ?? null, email: data.email ?? null, address: data.address ?? null }));
    await this.audit.record({ entityType: 'supplier', entityId: supplier.id, action: 'created' });
    return supplier;
  }

  async list(offset: number, limit: number): Promise<Page<Supplier>> {
    const [items, total] = await this.tx.manager.findAndCount(Supplier, { order: { name: 'ASC', id: 'ASC' }, skip: offset, take: limit });
    return offsetPage(items, total, offset);
  }
}
