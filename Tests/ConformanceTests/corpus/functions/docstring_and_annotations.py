# functions: annotations on parameters/returns/variables are accepted and ignored at runtime
from typing import List, Dict, Optional
def mean(values: List[float]) -> float:
    """Arithmetic mean."""
    return sum(values) / len(values)
def lookup(table: Dict[str, int], key: str, default: Optional[int] = None) -> Optional[int]:
    return table.get(key, default)
print(mean([1.0, 2.0, 4.5]))
print(lookup({"a": 1}, "a"), lookup({"a": 1}, "b"), lookup({}, "x", -1))
def wrong_types(n: int) -> str:
    return n * 2
print(wrong_types(21), wrong_types("ab"))
total: int = 0
for i in range(4):
    total += i
print("annotated global:", total)
names: List[str] = ["x", "y"]
print(names)
class Point:
    x: int
    y: int = 0
    def __init__(self, x: int, y: int = 0) -> None:
        self.x = x
        self.y = y
p = Point(3)
print(p.x, p.y, Point.y, hasattr(Point, "x"))
print(mean.__doc__, sorted(mean.__annotations__))
