import { Calendar } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjsGenerateConfig from 'rc-picker/es/generate/dayjs';
import { toPickerValue } from './userTime';

/**
 * antd's Calendar with "today" taken on the user's clock (see userTime), so the highlighted day is the
 * one the follow-up lists call today, not the browser's.
 */
export const UserClockCalendar = Calendar.generateCalendar<Dayjs>({ ...dayjsGenerateConfig, getNow: () => toPickerValue() });
