raise ZeroDivisionError("custom") from None
