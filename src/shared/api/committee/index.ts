export * from './assignments';
export * from './meetings';
export * from './reminders';
