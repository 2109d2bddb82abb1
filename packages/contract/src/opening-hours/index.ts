// Parser and evaluator of the OpenStreetMap opening_hours subset used by the national standard. Owned by the finder issue (#4).
export { parseOpeningHours, weekdayIndex, type OpeningHours, type OpeningRule, type TimeRange } from './parse.js';
export { isOpenAt, isOpenOnWeekday, isPublicHoliday, nextChange, rangesOn, weekSchedule } from './evaluate.js';
