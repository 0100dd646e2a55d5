import { randomUUID } from 'node:crypto';

export type Uuid = string;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function newId(): Uuid {
  return randomUUID();
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
