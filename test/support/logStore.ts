import { LogStore } from '../../src/core/storage/logStore';

/** A fresh store for each test of the enclosing suite, remembering only what that test read or wrote. */
export function useLogStore(): () => LogStore {
  let store = new LogStore();
  beforeEach(() => {
    store = new LogStore();
  });
  return () => store;
}
