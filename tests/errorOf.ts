/** The message of the error `run` throws; fails the test when it throws nothing. */
export function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected an error, got none');
}
