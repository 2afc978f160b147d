export * from './summary';
export * from './plans';
