import * as path from 'node:path';

/**
 * The compiled worker scripts tests start as separate processes, to race real writers
 * against each other. This module compiles next to them, so their paths are its own folder's.
 */

/** Appends moments through the core store: `node APPEND_WORKER FILE COUNT LABEL`. */
export const APPEND_WORKER = path.join(__dirname, 'appendWorker.js');

/** Adds one moment with lock options of the test's choosing: `node LOCK_WORKER FILE SUMMARY STALE_MS TIMEOUT_MS [pause-inside-lock]`. */
export const LOCK_WORKER = path.join(__dirname, 'lockWorker.js');
