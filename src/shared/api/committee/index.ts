export * from './assignments';
export * from './attachments';
export * from './meetings';
export * from './reminders';
