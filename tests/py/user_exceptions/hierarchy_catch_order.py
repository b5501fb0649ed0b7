# Designing an exception hierarchy: handlers are tried in order and the
# first matching base wins; multiple inheritance lets one error be caught
# as either parent; a tuple of classes; re-raising the same object.


class ServiceError(Exception):
    code = 500


class ClientError(ServiceError):
    code = 400


class NotFoundError(ClientError, KeyError):
    code = 404


class RateLimited(ClientError):
    code = 429

    def __init__(self, retry_after):
        super().__init__(f"retry after {retry_after}s")
        self.retry_after = retry_after


def handle(exc):
    try:
        raise exc
    except NotFoundError as e:
        return f"not found ({e.code}): {e}"
    except RateLimited as e:
        return f"rate limited, wait {e.retry_after}"
    except (ClientError, ValueError) as e:
        return f"client/value error {type(e).__name__}"
    except ServiceError as e:
        return f"service error {e.code}"


for exc in (NotFoundError("user 7"), RateLimited(30), ClientError(), ValueError(), ServiceError()):
    print(handle(exc))
try:
    handle(OSError("other"))
except OSError as e:
    print("unhandled:", repr(e))

try:
    {}["x"]
except LookupError as e:
    print("KeyError caught as LookupError:", type(e).__name__)
try:
    raise NotFoundError("as KeyError")
except KeyError as e:
    print("caught via second base:", e, e.code, str(e))

saved = None
try:
    try:
        raise RateLimited(5)
    except ServiceError as e:
        saved = e
        raise
except RateLimited as again:
    print(again is saved, again.retry_after)
print(issubclass(NotFoundError, LookupError), NotFoundError.__bases__)
