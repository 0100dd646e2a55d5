import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../database/base-record';

/** A sales team; its managers see the records of every member. */
@Entity('team')
export class Team extends BaseRecord {
  @Index({ unique: true })
  @Column({ type: 'text' })
  name!: string;
}
