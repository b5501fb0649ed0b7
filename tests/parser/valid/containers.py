# tuple, list, set and dict displays, including empty ones, trailing commas, nesting.
()
(1,)
(1, 2)
1,
1, 2
[]
[1]
[1, 2,]
{1}
{1, 2,}
{}
{"a": 1}
{"a": 1, "b": 2,}
{**a}
{**a, **b}
{1: 2, **c, 3: 4}
[[1, [2, [3]]], (4, (5,)), {6: {7: {8}}}]
((((1))))
(
    1,
    2,
)
[
    1,
    2,
]
{
    "k": "v",
}
...
Ellipsis
x = ...
x = (...,)
x = [..., ...]
