export * from './result-due';
export * from './consolidation';
export * from './development-days';
export * from './baht-text';
export * from './submission';
export * from './result-checks';
export * from './result-reminders';
export * from './entry-checks';
