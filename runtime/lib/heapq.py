"""Heap queue: a binary min-heap kept in a list (heap[k] <= heap[2k+1] and
heap[k] <= heap[2k+2]).

The sift operations compare with `<` only, in the order CPython's heapq
does, so ties and user `__lt__` give the same heaps CPython gives.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _sift_toward_root(heap, start, pos):
    # Moves heap[pos] up while it is smaller than its parent.
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # Moves the smaller child up until a leaf is reached, then settles the
    # item taken from `pos` on the way back (fewer comparisons on average
    # than stopping early).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def _check_list(heap, name):
    if type(heap) is not list and not isinstance(heap, list):
        raise TypeError(f"{name}() argument 1 must be list, not {type(heap).__name__}")


def heappush(heap, item):
    """Pushes `item` onto `heap`."""
    _check_list(heap, "heappush")
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pops and returns the smallest item of `heap`."""
    _check_list(heap, "heappop")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pops the smallest item, then pushes `item` (the heap never grows)."""
    _check_list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Pushes `item`, then pops and returns the smallest item."""
    _check_list(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(x):
    """Rearranges the list `x` into a heap, in place, in linear time."""
    _check_list(x, "heapify")
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves(x, i)


def nsmallest(n, iterable, key=None):
    """The `n` smallest items, smallest first (as `sorted(iterable,
    key=key)[:n]`)."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The `n` largest items, largest first (as `sorted(iterable, key=key,
    reverse=True)[:n]`)."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted stream, lazily; equal items
    come in the order of their inputs."""
    entries = []
    for order, it in enumerate(iterables):
        it = iter(it)
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, order, value, it])
            break
    if reverse:
        # Largest first: order entries by negated comparison through a
        # wrapper that inverts `<` on the keys.
        entries = [[_Reversed(e[0]), e[1], e[2], e[3]] for e in entries]
    heapify(entries)
    while entries:
        top = entries[0]
        yield top[2]
        for value in top[3]:
            k = value if key is None else key(value)
            top[0] = _Reversed(k) if reverse else k
            top[2] = value
            heapreplace(entries, top)
            break
        else:
            heappop(entries)


class _Reversed:
    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return other.k < self.k

    def __eq__(self, other):
        return self.k == other.k
