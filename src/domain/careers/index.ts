export * from './criteria';
export * from './evaluate';
export * from './succession';
export * from './seed-002';
export * from './talent';
export * from './cohort-ranking';
