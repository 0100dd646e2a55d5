import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Columns every table has: a UUID key and creation/update times. */
export abstract class BaseRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Records people edit concurrently carry an optimistic version; a stale write is refused. */
export abstract class EditableRecord extends BaseRecord {
  @VersionColumn({ default: 1 })
  version!: number;
}
