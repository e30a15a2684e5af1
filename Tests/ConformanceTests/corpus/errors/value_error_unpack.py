# errors: uncaught ValueError 'too many values to unpack (expected 2)'
def split_pair(text):
    key, value = text.split("=")
    return key, value
print(split_pair("a=1"))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("caught:", e)
print(split_pair("key=value"))
try:
    split_pair("no_equals")
except ValueError as e:
    print("caught:", e)
print(split_pair("b=2=3"))
