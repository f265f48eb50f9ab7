/** Library backups: the file format, reading it back safely, and planning a restore. */
export * from './backup-file';
export * from './plan-restore';
export * from './read-backup';
