from typing import Union, Optional, List
print(Union[int, str] == Union[str, int], (int | str) == Union[int, str], Union[int, str] == (str | int))
print(Optional[int] == Union[None, int], Optional[int] == (int | None), Union[int, str] != Union[int, float])
print(hash(Union[int, str]) == hash(Union[str, int]), len({Union[int, str], Union[str, int]}), List[int] == List[int], List[int] == List[str])
print(Union[int, Union[str, float]] == Union[int, str, float], Union[int, int], Union[int, str])
