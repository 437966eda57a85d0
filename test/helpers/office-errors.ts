/** The OfficeExtension.Error a simulated Word call fails with, for the tests to look at its code and message. */

export async function rejection(promise: Promise<unknown>): Promise<OfficeExtension.Error> {
  try {
    await promise;
  } catch (error) {
    return error as OfficeExtension.Error;
  }
  throw new Error("expected the promise to reject");
}

export function thrown(action: () => unknown): OfficeExtension.Error {
  try {
    action();
  } catch (error) {
    return error as OfficeExtension.Error;
  }
  throw new Error("expected a throw");
}
