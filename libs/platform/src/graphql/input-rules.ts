import { applyDecorators } from '@nestjs/common';
import { ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';

/** The constraint IsOptionalNotNull adds; the validation pipe reports it alone (see flatten there). */
export const NOT_NULL_CONSTRAINT = 'isNotNull';

/**
 * For a field an input may leave out but not set to null (an update's name or stage): class-validator's
 * IsOptional lets null through as well, which the service would then take for a value.
 */
export const IsOptionalNotNull = (): PropertyDecorator =>
  applyDecorators(
    ValidateIf((_, value) => value !== undefined),
    ValidateBy({
      name: NOT_NULL_CONSTRAINT,
      validator: { validate: (value) => value !== null, defaultMessage: () => '$property cannot be null: leave it out to keep its value' },
    }),
  );

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A day of the calendar written YYYY-MM-DD, and one that exists (not 2021-02-29). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/**
 * A date without a time (a birthday, an anniversary). IsISO8601 would also take "1980", "1980-04",
 * week dates and ordinal dates, which PostgreSQL then refuses or reads differently.
 */
export const IsCalendarDate = (options: ValidationOptions = {}): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isCalendarDate',
      validator: { validate: isCalendarDate, defaultMessage: () => '$property must be a date written YYYY-MM-DD, such as 1980-04-23' },
    },
    options,
  );

/** Text with something in it once trimmed: MinLength(1) alone takes "   ", which is saved as "". */
export const IsNotBlank = (options: ValidationOptions = {}): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isNotBlank',
      validator: { validate: (value) => typeof value === 'string' && value.trim() !== '', defaultMessage: () => '$property must not be blank' },
    },
    options,
  );
