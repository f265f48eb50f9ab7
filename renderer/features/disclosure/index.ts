/**
 * "What will leave": the review every export opens (briefing PDF, collection files, CSV,
 * Markdown, REFI-QDA), and its switches remembered per kind of export.
 */
export { WhatWillLeaveDialog } from './WhatWillLeaveDialog';
export { loadDisclosure, saveDisclosure } from './disclosure-preferences';
