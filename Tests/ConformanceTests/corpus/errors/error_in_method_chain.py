# errors: uncaught TypeError raised inside a method called from another method and a property
class Cart:
    def __init__(self):
        self.items = []
    def add(self, name, price):
        self.items.append((name, price))
        return self
    @property
    def total(self):
        return sum(self._price(i) for i in self.items)
    def _price(self, item):
        return item[1] * 1
cart = Cart().add("pen", 2).add("book", 12)
print("total:", cart.total)
cart.add("gift", None)
print("total:", cart.total)
