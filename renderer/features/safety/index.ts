/**
 * Library safety: backups and restores, the screens shown when the library is lost or cannot
 * open, and the guardian that keeps the safety nets current while the app runs.
 */
export { LibrarySafety } from './LibrarySafety';
export { LostLibraryScreen } from './LostLibraryScreen';
export { RecoveryScreen } from './RecoveryScreen';
export { startLibraryGuardian } from './library-guardian';
