export * from './level-scale';
export * from './project-status';
export * from './progress-summary';
export * from './report-workflow';
export * from './reporting-month';
