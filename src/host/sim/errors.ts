/** Errors shaped like OfficeExtension.Error, with the codes and messages Word uses. */

export type SimErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidRequestContext"
  | "ItemNotFound"
  | "NotAllowed"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "RunMustReturnPromise"
  | "ValueNotLoaded";

const WORD_MESSAGES: Record<SimErrorCode, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotAllowed: "The operation isn't allowed in the current document mode.",
  NotImplemented: "The requested feature isn't implemented.",
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

export interface SimDebugInfo {
  code: string;
  /** The simulator's explanation of what went wrong; Word puts its own wording here. */
  message: string;
  /** The API whose queued action failed, e.g. "ContentControlCollection.getFirst". */
  errorLocation?: string;
}

/** Thrown synchronously (unloaded property, unsupported API) or as the rejection of context.sync(). */
export class SimOfficeError extends Error {
  readonly code: SimErrorCode;
  readonly debugInfo: SimDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: SimOfficeError | null = null;

  constructor(code: SimErrorCode, options: { message?: string; detail?: string; location?: string } = {}) {
    const message = options.message ?? WORD_MESSAGES[code];
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message: options.detail ?? message, errorLocation: options.location };
  }
}

/** Word's error for reading a property that was not loaded and synced, naming the property. */
export function propertyNotLoaded(property: string): SimOfficeError {
  return new SimOfficeError("PropertyNotLoaded", {
    message: `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  });
}

/** office.js throws this synchronously when a member belongs to a requirement set the host lacks. */
export function apiNotSupported(api: string, set: string, version: string): SimOfficeError {
  return new SimOfficeError("ApiNotFound", {
    message: `The method or property ${api} is part of the ${set} ${version} requirement set, which is not available in your version of Word.`,
    location: api,
  });
}

/** Error codes as office.js exposes them on OfficeExtension.ErrorCodes. */
export const OFFICE_EXTENSION_ERROR_CODES = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext",
  invalidArgument: "InvalidArgument",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  apiNotFound: "ApiNotFound",
  connectionFailure: "ConnectionFailure",
} as const;

/** Error codes as Word exposes them on Word.ErrorCodes. */
export const WORD_ERROR_CODES = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  itemNotFound: "ItemNotFound",
  notAllowed: "NotAllowed",
  notImplemented: "NotImplemented",
  searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
} as const;
