export * from './assignments';
export * from './meetings';
