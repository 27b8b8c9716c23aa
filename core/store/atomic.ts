/**
 * Read-modify-write in one transaction. Chrome may stop the worker at any moment; IndexedDB then
 * aborts whatever has not committed, so a change made inside one transaction lands whole or not at all.
 */

/** The part of an idb transaction this needs. */
interface Finishable {
  readonly done: Promise<void>;
  abort(): void;
}

/**
 * Runs `work` against an open transaction and resolves only once the transaction has committed.
 * If `work` throws, the transaction is aborted so none of its writes persist, and the error is rethrown.
 * `work` must await only requests of this transaction: anything else lets it commit early.
 */
export async function commitOrAbort<T>(transaction: Finishable, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    await transaction.done;
    return result;
  } catch (error) {
    try {
      transaction.abort();
    } catch {
      // Already committed or aborted.
    }
    // idb's `done` rejects on abort; observe it so it is not reported as an unhandled rejection.
    await transaction.done.catch(() => {});
    throw error;
  }
}
