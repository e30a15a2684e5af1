# errors: uncaught TypeError "unhashable type: 'list'" when using a list as dict key
def index_by(rows, key):
    out = {}
    for row in rows:
        out[row[key]] = row
    return out
print(index_by([{"id": 1}, {"id": 2}], "id"))
try:
    {[1]: 2}
except TypeError as e:
    print("caught:", e)
try:
    {[]}
except TypeError as e:
    print("caught:", e)
print(index_by([{"id": (1, 2)}], "id"))
print(index_by([{"id": [1]}], "id"))
