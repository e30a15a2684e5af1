# errors: uncaught custom exception raised without arguments: last line is just 'EmptyQueue'
class EmptyQueue(Exception):
    pass
class Queue:
    def __init__(self):
        self.items = []
    def put(self, x):
        self.items.append(x)
    def get(self):
        if not self.items:
            raise EmptyQueue
        return self.items.pop(0)
q = Queue()
q.put(1)
print(q.get())
print(q.get())
