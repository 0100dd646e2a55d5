import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { Team } from './team.entity';
import { EditableRecord } from '../database/base-record';
import type { Role } from '../context/actor';

export type UiLanguage = 'zh-CN' | 'en';

@Entity('app_user')
export class User extends EditableRecord {
  /** Stored lower-cased; unique across the company. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  teamId!: string | null;

  @ManyToOne(() => Team, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'team_id' })
  team?: Relation<Team>;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'text', default: 'Asia/Shanghai' })
  timeZone!: string;

  @Column({ type: 'text', default: 'zh-CN' })
  language!: UiLanguage;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;
}
