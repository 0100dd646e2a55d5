import { Injectable } from '@nestjs/common';
import { currentActor, dataScopeOf, TransactionHost } from '@tradewind/platform';
import { Customer } from '../customer/customer.entity';
import { CustomerRepository } from '../customer/customer.repository';
import { CustomerKeysRepository } from '../import-job/customer-keys.repository';
import { CustomerMatcher, explainMatch, MatchRule } from '../matching';

export interface DuplicatePairView {
  a: Customer;
  b: Customer;
  matchedOn: MatchRule;
  reason: string;
}

const MAX_PAIRS = 2000;

/** Pairs of visible customers that the import's matching rules would take for one. */
@Injectable()
export class DuplicatesService {
  constructor(
    readonly tx: TransactionHost,
    private readonly repository: CustomerRepository,
    private readonly keys: CustomerKeysRepository,
  ) {}

  async possibleDuplicates(offset: number, limit: number): Promise<{ total: number; items: DuplicatePairView[] }> {
    const scope = dataScopeOf(currentActor());
    // Whoever sees every customer needs no list of them: 100,000 ids read as entities and sent back as a
    // filter took longer than the matching.
    const keys = scope.kind === 'all' ? await this.keys.load() : await this.keys.load((await this.repository.scoped(scope).select('c.id').getMany()).map((c) => c.id));
    const matcher = new CustomerMatcher(keys);
    const pairs = matcher.possibleDuplicates(MAX_PAIRS).filter((p) => p.a.kind === 'customer' && p.b.kind === 'customer');
    const page = pairs.slice(offset, offset + limit);
    const ids = page.flatMap((p) => [p.a, p.b]).map((t) => (t.kind === 'customer' ? t.customerId : ''));
    const customers = new Map((await this.repository.findVisibleMany(ids, dataScopeOf(currentActor()))).map((c) => [c.id, c]));
    const items = page.flatMap((p) => {
      const a = p.a.kind === 'customer' ? customers.get(p.a.customerId) : undefined;
      const b = p.b.kind === 'customer' ? customers.get(p.b.customerId) : undefined;
      return a && b ? [{ a, b, matchedOn: p.evidence.matchedOn, reason: explainMatch(p.evidence) }] : [];
    });
    return { total: pairs.length, items };
  }
}
