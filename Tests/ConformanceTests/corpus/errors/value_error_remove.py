# errors: uncaught ValueError 'list.remove(x): x not in list'
queue = ["a", "b", "c"]
def done(item):
    queue.remove(item)
    print("remaining:", queue)
done("b")
try:
    [].remove(0)
except ValueError as e:
    print("caught:", e)
queue.append("z2")
print("queue now:", queue)
queue.remove("z2")
print("queue after removing z2:", queue, queue.count("a"))
done("z")
