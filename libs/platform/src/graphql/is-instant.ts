import { IsDate, ValidationOptions } from 'class-validator';

/**
 * A DateTime input: an instant with its offset. Text the scalar cannot read arrives as an invalid
 * Date, which class-validator's own message would call "must be a Date instance".
 */
export const IsInstant = (options: ValidationOptions = {}): PropertyDecorator =>
  IsDate({ message: '$property must be a date and time with its offset, such as 2026-03-05T09:00:00+08:00', ...options });
