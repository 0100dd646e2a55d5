import { Field, ObjectType } from '@nestjs/graphql';
import { Money } from '@tradewind/shared';

/** An amount with its currency. `amount` is a decimal string, never a float. */
@ObjectType('Money')
export class MoneyObject {
  @Field({ description: 'Decimal string, e.g. "1234.50".' })
  amount!: string;

  @Field({ description: 'ISO 4217 code, e.g. "USD".' })
  currency!: string;

  static from(money: Money): MoneyObject {
    return { amount: money.toFixed(), currency: money.currency };
  }

  /** A stored amount (decimal string) in `currency`, to its minor units. */
  static of(amount: string, currency: string): MoneyObject {
    return { amount: Money.fixed(amount, currency), currency };
  }
}
