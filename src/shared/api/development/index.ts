export * from './read';
export * from './cycle';
export * from './results';
export * from './reminders';
export * from './entries';
