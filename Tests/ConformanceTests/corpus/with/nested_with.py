# with: nested managers, exit order on error, exception passing through multiple managers
log = []
class M:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} ({et.__name__ if et else 'ok'})")
        return self.suppress
with M("a"), M("b"), M("c"):
    log.append("body")
print(log)
log.clear()
try:
    with M("a"), M("b"):
        raise IndexError("boom")
except IndexError:
    log.append("caught outside")
print(log)
log.clear()
with M("outer", suppress=True):
    with M("inner"):
        raise KeyError("k")
    log.append("not reached")
log.append("after")
print(log)
log.clear()
with M("outer"):
    with M("inner", suppress=True):
        raise KeyError("k")
    log.append("continues after inner suppression")
print(log)
