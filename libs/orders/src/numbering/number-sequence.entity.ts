import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last number issued per key (e.g. "PI-2026"); incremented under a row lock, so numbers never repeat. */
@Entity('number_sequence')
export class NumberSequence {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'int' })
  last!: number;
}
