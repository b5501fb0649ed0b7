print(type(list[int]).__name__, tuple[int, ...], type(list[int]), dict[str, list[int]])
