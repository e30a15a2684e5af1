# errors: uncaught TypeError "configure() got an unexpected keyword argument 'colour'"
def configure(*, color="red", size=1):
    return f"{color}/{size}"
print(configure(color="blue"))
try:
    configure("pos")
except TypeError as e:
    print("caught:", e)
try:
    configure(size=2, shape="round")
except TypeError as e:
    print("caught:", e)
print(configure(size=3), configure())
print(configure(**{"color": "teal"}))
print(configure(colour="green"))
