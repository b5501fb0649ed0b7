# Collecting failures from several workers into an ExceptionGroup with notes; the group ends the program uncaught.
class WorkerError(Exception):
    def __init__(self, worker, item):
        super().__init__(f"worker {worker} failed on {item!r}")
        self.worker = worker
        self.item = item


def process(worker, items):
    done = []
    for item in items:
        if not isinstance(item, int):
            err = WorkerError(worker, item)
            err.add_note(f"processed {len(done)} item(s) before failing")
            raise err
        done.append(item * 2)
    return done


batches = {"w1": [1, 2, 3], "w2": [4, "x", 6], "w3": [7], "w4": [None, 8]}
results, errors = {}, []
for worker, items in batches.items():
    try:
        results[worker] = process(worker, items)
    except WorkerError as e:
        errors.append(e)
print(results)
print([(e.worker, e.item, e.__notes__) for e in errors])
group = ExceptionGroup("batch had failures", errors)
print(repr(group.message), len(group.exceptions), [str(e) for e in group.exceptions])
match, rest = group.split(lambda e: isinstance(e, WorkerError) and e.worker == "w2")
print(match.exceptions[0].item, rest.exceptions[0].worker)
try:
    raise group
except* WorkerError as eg:
    print("handled once:", [e.worker for e in eg.exceptions])
raise ExceptionGroup("final", [WorkerError("w9", 0), ValueError("bad config")])
