export * from './agenda';
export * from './assignment';
export * from './carry-over';
export * from './overdue';
export * from './search-tokens';
export * from './reminders';
export * from './attachment-file';
