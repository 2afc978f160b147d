export * from './retirement';
