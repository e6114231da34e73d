/**
 * Errors the emulator answers with. Each serialises to the AWS JSON protocol's
 * `{"__type", "Message"}` body with the HTTP status AWS uses for it.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = code;
  }
}

export class InvalidRequestError extends ApiError {
  constructor(message: string) {
    super("InvalidRequestException", message);
  }
}

export class ResourceNotFoundError extends ApiError {
  constructor(message: string) {
    super("ResourceNotFoundException", message);
  }
}

export class InvalidStateError extends ApiError {
  constructor(message: string) {
    super("InvalidStateException", message);
  }
}

export class ServiceQuotaExceededError extends ApiError {
  constructor(message: string) {
    super("ServiceQuotaExceededException", message);
  }
}

export class SerializationError extends ApiError {
  constructor(message: string) {
    super("SerializationException", message);
  }
}

export class UnknownOperationError extends ApiError {
  constructor(message = "Unknown operation") {
    super("UnknownOperationException", message);
  }
}

export class MissingAuthenticationTokenError extends ApiError {
  constructor() {
    super("MissingAuthenticationTokenException", "Missing Authentication Token", 403);
  }
}

export class IncompleteSignatureError extends ApiError {
  constructor(message: string) {
    super("IncompleteSignatureException", message, 403);
  }
}

export class ThrottlingError extends ApiError {
  constructor() {
    super("ThrottlingException", "Rate exceeded");
  }
}

export class InternalServiceError extends ApiError {
  constructor(message = "An internal error occurred. Try again.") {
    super("InternalServiceErrorException", message, 500);
  }
}

export class RequestTooLargeError extends ApiError {
  constructor(limit: number) {
    super(
      "RequestEntityTooLargeException",
      `Request body is larger than the limit of ${limit} bytes.`,
      413,
    );
  }
}

/** CloudWatch Logs spells its validation error differently from App Runner. */
export class InvalidParameterError extends ApiError {
  constructor(message: string) {
    super("InvalidParameterException", message);
  }
}
